-- 000002_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - revoke default privilege EXECUTE on functions from PUBLIC
--   - revoke default privilege TRUNCATE on tables from gen_app_owner
--   - revoke default privilege USAGE on types from PUBLIC
--   - revoke USAGE on SCHEMA public from PUBLIC

SET LOCAL lock_timeout = '5s';

ALTER DEFAULT PRIVILEGES FOR ROLE gen_app_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

ALTER DEFAULT PRIVILEGES FOR ROLE gen_app_owner REVOKE TRUNCATE ON TABLES FROM gen_app_owner;

ALTER DEFAULT PRIVILEGES FOR ROLE gen_app_owner REVOKE USAGE ON TYPES FROM PUBLIC;

REVOKE USAGE ON SCHEMA public FROM PUBLIC;

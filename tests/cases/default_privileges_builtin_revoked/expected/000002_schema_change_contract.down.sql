-- 000002_schema_change_contract.down.sql
-- Reverts 000002_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - revoke default privilege EXECUTE on functions from PUBLIC
--   - revoke default privilege TRUNCATE on tables from gen_app_owner
--   - revoke default privilege USAGE on types from PUBLIC
--   - revoke USAGE on SCHEMA public from PUBLIC

SET LOCAL lock_timeout = '5s';

GRANT USAGE ON SCHEMA public TO PUBLIC;

ALTER DEFAULT PRIVILEGES FOR ROLE gen_app_owner GRANT USAGE ON TYPES TO PUBLIC;

ALTER DEFAULT PRIVILEGES FOR ROLE gen_app_owner GRANT TRUNCATE ON TABLES TO gen_app_owner;

ALTER DEFAULT PRIVILEGES FOR ROLE gen_app_owner GRANT EXECUTE ON FUNCTIONS TO PUBLIC;

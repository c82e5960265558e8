-- 000004_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - revoke EXECUTE on ROUTINE public.is_done(s st) from PUBLIC

SET LOCAL lock_timeout = '5s';

REVOKE EXECUTE ON ROUTINE public.is_done(s st) FROM PUBLIC;

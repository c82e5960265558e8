-- 000004_schema_change_contract.down.sql
-- Reverts 000004_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - revoke EXECUTE on ROUTINE public.is_done(s st) from PUBLIC

SET LOCAL lock_timeout = '5s';

GRANT EXECUTE ON ROUTINE public.is_done(s st) TO PUBLIC;

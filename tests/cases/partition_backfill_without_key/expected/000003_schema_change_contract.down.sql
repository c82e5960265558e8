-- 000003_schema_change_contract.down.sql
-- Reverts 000003_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - check public.audit.origin IS NOT NULL (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.audit DROP CONSTRAINT audit_origin_not_null;

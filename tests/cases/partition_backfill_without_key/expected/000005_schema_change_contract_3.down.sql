-- 000005_schema_change_contract_3.down.sql
-- Reverts 000005_schema_change_contract_3.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - set public.audit.origin NOT NULL

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.audit ADD CONSTRAINT audit_origin_not_null CHECK (origin IS NOT NULL) NOT VALID;

ALTER TABLE public.audit ALTER COLUMN origin DROP NOT NULL;

-- 000003_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - check public.audit.origin IS NOT NULL (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.audit, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.audit ADD CONSTRAINT audit_origin_not_null CHECK (origin IS NOT NULL) NOT VALID;

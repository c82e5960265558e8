-- 000005_schema_change_contract_3.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - set public.audit.origin NOT NULL
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.audit, brief: the validated CHECK spares the scan (PostgreSQL 12+)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.audit ALTER COLUMN origin SET NOT NULL;

ALTER TABLE public.audit DROP CONSTRAINT audit_origin_not_null;

-- 000001_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop column public.audit.origin
--
-- Hazards (locks, rewrites, scans):
--   - [deletes-data] ACCESS EXCLUSIVE lock on public.audit, brief; deletes the column's values

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.audit DROP COLUMN origin;

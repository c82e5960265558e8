-- 000002_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - check public.tickets.priority IS NOT NULL (NOT VALID)
--   - drop column public.tickets.legacy
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tickets, brief: NOT VALID skips the scan
--   - [deletes-data] ACCESS EXCLUSIVE lock on public.tickets, brief; deletes the column's values

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tickets ADD CONSTRAINT tickets_priority_not_null CHECK (priority IS NOT NULL) NOT VALID;

ALTER TABLE public.tickets DROP COLUMN legacy;

-- 000004_schema_change_contract_3.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - set public.tickets.priority NOT NULL
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tickets, brief: the validated CHECK spares the scan (PostgreSQL 12+)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tickets ALTER COLUMN priority SET NOT NULL;

ALTER TABLE public.tickets DROP CONSTRAINT tickets_priority_not_null;

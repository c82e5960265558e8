-- 000004_schema_change_contract_3.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - set public.events.kind NOT NULL
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.events, brief: the validated CHECK spares the scan (PostgreSQL 12+)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.events ALTER COLUMN kind SET NOT NULL;

ALTER TABLE public.events DROP CONSTRAINT events_kind_not_null;

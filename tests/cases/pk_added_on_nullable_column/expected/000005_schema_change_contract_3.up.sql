-- 000005_schema_change_contract_3.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - set public.events.id NOT NULL
--   - add constraint events_pkey on public.events using its index
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.events, brief: the validated CHECK spares the scan (PostgreSQL 12+)
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.events, brief: the index is already built

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.events ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.events DROP CONSTRAINT events_id_not_null;

ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey;

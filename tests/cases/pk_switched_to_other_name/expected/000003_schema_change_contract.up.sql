-- 000003_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop constraint devices_primary_key on public.devices
--   - add constraint devices_pkey on public.devices using its index
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.devices, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.devices, brief: the index is already built

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.devices DROP CONSTRAINT devices_primary_key;

ALTER TABLE public.devices ADD CONSTRAINT devices_pkey PRIMARY KEY USING INDEX devices_pkey;

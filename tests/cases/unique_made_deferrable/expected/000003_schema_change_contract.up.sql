-- 000003_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop constraint slots_position_key on public.slots
--   - add constraint slots_position_key on public.slots using its index
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.slots, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.slots, brief: the index is already built

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.slots DROP CONSTRAINT slots_position_key;

ALTER TABLE public.slots ADD CONSTRAINT slots_position_key UNIQUE USING INDEX slots_position_key_ccnew DEFERRABLE INITIALLY DEFERRED;

-- 000004_schema_change_contract_3.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - create index public.tasks_urgent_idx
--
-- Hazards (locks, rewrites, scans):
--   - [blocks-writes] SHARE lock on public.tasks while the index is built: writes wait (a small table: brief)

SET LOCAL lock_timeout = '5s';

CREATE INDEX tasks_urgent_idx ON public.tasks USING btree (id) WHERE priority IN ('high', 'urgent');

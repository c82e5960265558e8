-- 000002_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - create index public.tags_name_idx
--
-- Hazards (locks, rewrites, scans):
--   - [blocks-writes] SHARE lock on public.tags while the index is built: writes wait (a small table: brief)

SET LOCAL lock_timeout = '5s';

CREATE INDEX tags_name_idx ON public.tags USING btree ((lower(name))) WHERE NOT archived;

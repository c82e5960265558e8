-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create index public.visits_2025_lower_idx on public.visits_2025 only
--   - create index public.visits_path_idx on public.visits only (invalid until its partitions' are attached)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] SHARE lock on public.visits_2025, brief: ON ONLY builds nothing
--   - [exclusive-lock] SHARE lock on public.visits, brief: ON ONLY builds nothing

SET LOCAL lock_timeout = '5s';

CREATE INDEX visits_2025_lower_idx ON ONLY public.visits_2025 USING btree ((lower(path)));

CREATE INDEX visits_path_idx ON ONLY public.visits USING btree ((lower(path)));

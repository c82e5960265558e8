-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create index public.visits_2025_lower_idx on public.visits_2025 only
--   - create index public.visits_path_idx on public.visits only (invalid until its partitions' are attached)

SET LOCAL lock_timeout = '5s';

DROP INDEX IF EXISTS public.visits_path_idx;

DROP INDEX IF EXISTS public.visits_2025_lower_idx;

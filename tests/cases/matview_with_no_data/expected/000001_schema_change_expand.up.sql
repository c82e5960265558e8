-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create materialized view public.points_later
--
-- Hazards (locks, rewrites, scans):
--   - [breaks-old-app] public.points_later is created WITH NO DATA, as the schema says: reading it fails until REFRESH MATERIALIZED VIEW public.points_later has run

SET LOCAL lock_timeout = '5s';

CREATE MATERIALIZED VIEW points_later AS SELECT id FROM points WITH NO DATA;

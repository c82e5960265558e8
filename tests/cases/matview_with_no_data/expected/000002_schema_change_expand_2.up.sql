-- 000002_schema_change_expand_2.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create materialized view public.points_now
--
-- Hazards (locks, rewrites, scans):
--   - [row-locks] computes the rows of public.points_now (as long as its query takes; the tables it reads stay writable)

SET LOCAL lock_timeout = '5s';

CREATE MATERIALIZED VIEW points_now AS SELECT id, score FROM points;

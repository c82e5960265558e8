-- 000002_schema_change_expand_2.down.sql
-- Reverts 000002_schema_change_expand_2.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create materialized view public.points_now

SET LOCAL lock_timeout = '5s';

DROP MATERIALIZED VIEW public.points_now;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create materialized view public.points_later

SET LOCAL lock_timeout = '5s';

DROP MATERIALIZED VIEW public.points_later;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add column public.schema_version.applied_at

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.schema_version DROP COLUMN applied_at;

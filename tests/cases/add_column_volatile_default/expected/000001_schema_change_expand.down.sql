-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add column public.api_keys.created_at (filled for existing rows by the backfill)
--   - add column public.api_keys.token (filled for existing rows by the backfill)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.api_keys DROP COLUMN token;

ALTER TABLE public.api_keys DROP COLUMN created_at;

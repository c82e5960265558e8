-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add column public.tags.codes
--   - add column public.tags.color
--   - add column public.tags.short

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tags DROP COLUMN short;

ALTER TABLE public.tags DROP COLUMN color;

ALTER TABLE public.tags DROP COLUMN codes;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add column public.audit.origin (nullable until backfilled)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.audit DROP COLUMN origin;

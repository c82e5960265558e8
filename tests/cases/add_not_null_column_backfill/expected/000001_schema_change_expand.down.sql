-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add column public.users.email_normalized (nullable until backfilled)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users DROP COLUMN email_normalized;

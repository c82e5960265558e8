-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - alter column public.users.phone

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users ALTER COLUMN phone SET NOT NULL;

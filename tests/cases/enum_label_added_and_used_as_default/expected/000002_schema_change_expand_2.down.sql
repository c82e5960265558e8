-- 000002_schema_change_expand_2.down.sql
-- Reverts 000002_schema_change_expand_2.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - alter column public.tasks.priority

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tasks ALTER COLUMN priority DROP DEFAULT;

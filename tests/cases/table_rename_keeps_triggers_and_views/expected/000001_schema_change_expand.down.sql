-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - rename table public.issues to tasks
--   - rename constraint issues_pkey on public.tasks to tasks_pkey

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tasks RENAME CONSTRAINT tasks_pkey TO issues_pkey;

ALTER TABLE public.tasks RENAME TO issues;

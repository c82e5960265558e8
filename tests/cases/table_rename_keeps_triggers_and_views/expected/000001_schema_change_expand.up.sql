-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - rename table public.issues to tasks
--   - rename constraint issues_pkey on public.tasks to tasks_pkey
--
-- Hazards (locks, rewrites, scans):
--   - [breaks-old-app] ACCESS EXCLUSIVE lock, brief: the application must use the new name from now on

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.issues RENAME TO tasks;

ALTER TABLE public.tasks RENAME CONSTRAINT issues_pkey TO tasks_pkey;

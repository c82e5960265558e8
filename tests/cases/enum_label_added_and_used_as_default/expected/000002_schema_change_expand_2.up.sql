-- 000002_schema_change_expand_2.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - alter column public.tasks.priority
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tasks, brief

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tasks ALTER COLUMN priority SET DEFAULT 'medium';

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - rename type public.task_state to job_state
--   - rename value 'Done Ok' of type public.job_state to 'done'
--   - rename value 'pending' of type public.job_state to 'waiting'
--   - rename column public.tasks.Old Note to note
--
-- Hazards (locks, rewrites, scans):
--   - [breaks-old-app] ACCESS EXCLUSIVE lock, brief: the application must use the new name from now on

SET LOCAL lock_timeout = '5s';

ALTER TYPE public.task_state RENAME TO job_state;

ALTER TYPE public.job_state RENAME VALUE 'Done Ok' TO 'done';

ALTER TYPE public.job_state RENAME VALUE 'pending' TO 'waiting';

ALTER TABLE public.tasks RENAME COLUMN "Old Note" TO note;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - rename type public.task_state to job_state
--   - rename value 'Done Ok' of type public.job_state to 'done'
--   - rename value 'pending' of type public.job_state to 'waiting'
--   - add note beside Old Note on public.tasks, kept in sync by trigger gen_sync_tasks

SET LOCAL lock_timeout = '5s';

DROP TRIGGER IF EXISTS gen_sync_tasks ON public.tasks;

DROP FUNCTION IF EXISTS public.gen_sync_tasks();

ALTER TABLE public.tasks DROP COLUMN IF EXISTS note;

ALTER TYPE public.job_state RENAME VALUE 'waiting' TO 'pending';

ALTER TYPE public.job_state RENAME VALUE 'done' TO 'Done Ok';

ALTER TYPE public.job_state RENAME TO task_state;

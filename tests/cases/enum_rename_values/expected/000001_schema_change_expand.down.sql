-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - rename type public.task_state to job_state
--   - rename value 'Done Ok' of type public.job_state to 'done'
--   - rename value 'pending' of type public.job_state to 'waiting'
--   - rename column public.tasks.Old Note to note

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tasks RENAME COLUMN note TO "Old Note";

ALTER TYPE public.job_state RENAME VALUE 'waiting' TO 'pending';

ALTER TYPE public.job_state RENAME VALUE 'done' TO 'Done Ok';

ALTER TYPE public.job_state RENAME TO task_state;

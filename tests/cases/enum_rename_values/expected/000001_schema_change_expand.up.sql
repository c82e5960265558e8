-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - rename type public.task_state to job_state
--   - rename value 'Done Ok' of type public.job_state to 'done'
--   - rename value 'pending' of type public.job_state to 'waiting'
--   - add note beside Old Note on public.tasks, kept in sync by trigger gen_sync_tasks
--
-- Hazards (locks, rewrites, scans):
--   - [breaks-old-app] ACCESS EXCLUSIVE lock, brief: the application must use the new name from now on
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tasks, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.tasks also converts note

SET LOCAL lock_timeout = '5s';

ALTER TYPE public.task_state RENAME TO job_state;

ALTER TYPE public.job_state RENAME VALUE 'Done Ok' TO 'done';

ALTER TYPE public.job_state RENAME VALUE 'pending' TO 'waiting';

ALTER TABLE public.tasks ADD COLUMN note text;

CREATE FUNCTION public.gen_sync_tasks() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  IF (TG_OP = 'INSERT' AND NEW.note IS NOT NULL)
     OR (TG_OP = 'UPDATE' AND NEW.note::text IS DISTINCT FROM OLD.note::text) THEN
    NEW."Old Note" := NEW.note;
  ELSE
    NEW.note := NEW."Old Note";
  END IF;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_tasks BEFORE INSERT OR UPDATE ON public.tasks FOR EACH ROW EXECUTE FUNCTION public.gen_sync_tasks();

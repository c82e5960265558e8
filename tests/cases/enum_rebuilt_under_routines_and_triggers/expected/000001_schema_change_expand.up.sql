-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create type public.st__gen_new with the new labels of public.st, for the shadow columns
--   - add gen_new_status beside status on public.jobs, kept in sync by trigger gen_sync_jobs
--   - grant EXECUTE on ROUTINE public.is_done(s st) to PUBLIC
--   - drop function public.done_count()
--
-- Hazards (locks, rewrites, scans):
--   - [breaks-old-app] labels of public.st are removed: from this phase on, writes of a removed label to a column being converted fail, and rows holding one make the copy fail
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.jobs, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.jobs also converts status
--   - [breaks-old-app] the running application can no longer call public.done_count()
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.st__gen_new AS ENUM ('todo', 'doing', 'done');

ALTER TABLE public.jobs ADD COLUMN gen_new_status public.st__gen_new;

CREATE FUNCTION public.gen_sync_jobs() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_status := (NEW.status)::text::public.st__gen_new;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_jobs BEFORE INSERT OR UPDATE ON public.jobs FOR EACH ROW EXECUTE FUNCTION public.gen_sync_jobs();

DROP FUNCTION public.done_count();

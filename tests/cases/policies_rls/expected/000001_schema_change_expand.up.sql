-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add gen_new_tenant beside tenant on public.documents, kept in sync by trigger gen_sync_documents
--   - alter policy owner_reads on public.documents
--   - create policy authors on public.notes
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.documents, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.documents also converts tenant
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.documents, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.notes, brief
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.documents ADD COLUMN gen_new_tenant bigint;

CREATE FUNCTION public.gen_sync_documents() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_tenant := (NEW.tenant)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_documents BEFORE INSERT OR UPDATE ON public.documents FOR EACH ROW EXECUTE FUNCTION public.gen_sync_documents();

ALTER POLICY owner_reads ON public.documents TO gen_app_reader, gen_app_writer USING (owner = current_user OR owner = 'shared');

CREATE POLICY authors ON public.notes AS RESTRICTIVE TO PUBLIC USING (author = current_user);

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add gen_new_tenant beside tenant on public.documents, kept in sync by trigger gen_sync_documents
--   - alter policy owner_reads on public.documents
--   - create policy authors on public.notes

SET LOCAL lock_timeout = '5s';

DROP POLICY authors ON public.notes;

ALTER POLICY owner_reads ON public.documents TO gen_app_reader USING (owner = current_user);

DROP TRIGGER IF EXISTS gen_sync_documents ON public.documents;

DROP FUNCTION IF EXISTS public.gen_sync_documents();

ALTER TABLE public.documents DROP COLUMN IF EXISTS gen_new_tenant;

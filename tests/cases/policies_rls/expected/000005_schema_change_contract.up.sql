-- 000005_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - force row level security on public.documents for its owner
--   - enable row level security on public.notes
--   - drop policy legacy on public.documents
--   - drop policy tenant_writes on public.documents (to create it again)
--   - swap gen_new_tenant in for tenant on public.documents
--   - create again policy tenant_writes on public.documents
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.documents, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.notes, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.documents, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts tenant back in place: it rewrites public.documents under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.documents FORCE ROW LEVEL SECURITY;

ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;

DROP POLICY legacy ON public.documents;

DROP POLICY tenant_writes ON public.documents;

DROP TRIGGER gen_sync_documents ON public.documents;

DROP FUNCTION public.gen_sync_documents();

ALTER TABLE public.documents DROP COLUMN tenant;

ALTER TABLE public.documents RENAME COLUMN gen_new_tenant TO tenant;

ALTER TABLE public.documents ALTER COLUMN tenant SET NOT NULL;

ALTER TABLE public.documents DROP CONSTRAINT documents_gen_new_tenant_not_null;

CREATE POLICY tenant_writes ON public.documents FOR UPDATE TO gen_app_writer USING (tenant > 0);

-- 000005_schema_change_contract.down.sql
-- Reverts 000005_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - force row level security on public.documents for its owner
--   - enable row level security on public.notes
--   - drop policy legacy on public.documents
--   - drop policy tenant_writes on public.documents (to create it again)
--   - swap gen_new_tenant in for tenant on public.documents
--   - create again policy tenant_writes on public.documents

SET LOCAL lock_timeout = '5s';

DROP POLICY tenant_writes ON public.documents;

ALTER TABLE public.documents ALTER COLUMN tenant TYPE integer USING tenant::integer;

CREATE POLICY tenant_writes ON public.documents FOR INSERT TO gen_app_writer WITH CHECK (tenant > 0);

CREATE POLICY legacy ON public.documents TO PUBLIC USING (true);

ALTER TABLE public.notes DISABLE ROW LEVEL SECURITY;

ALTER TABLE public.documents NO FORCE ROW LEVEL SECURITY;

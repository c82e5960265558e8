-- 000003_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop constraint members_account_id_fkey on public.members
--   - drop constraint accounts_pkey on public.accounts
--   - add constraint accounts_pkey on public.accounts using its index
--   - add constraint members_tenant_id_account_id_fkey on public.members (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.members, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.accounts, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.accounts, brief: the index is already built
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.members and public.accounts, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.members DROP CONSTRAINT members_account_id_fkey;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_pkey_ccnew;

ALTER TABLE public.members ADD CONSTRAINT members_tenant_id_account_id_fkey FOREIGN KEY (tenant_id, account_id) REFERENCES public.accounts (tenant_id, id) NOT VALID;

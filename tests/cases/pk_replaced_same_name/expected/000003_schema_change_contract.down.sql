-- 000003_schema_change_contract.down.sql
-- Reverts 000003_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop constraint members_account_id_fkey on public.members
--   - drop constraint accounts_pkey on public.accounts
--   - add constraint accounts_pkey on public.accounts using its index
--   - add constraint members_tenant_id_account_id_fkey on public.members (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.members DROP CONSTRAINT members_tenant_id_account_id_fkey;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

ALTER TABLE public.members ADD CONSTRAINT members_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts (id);

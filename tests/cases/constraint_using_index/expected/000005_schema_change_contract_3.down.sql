-- 000005_schema_change_contract_3.down.sql
-- Reverts 000005_schema_change_contract_3.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - add constraint accounts_email_idx on public.accounts using its index

ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_idx;

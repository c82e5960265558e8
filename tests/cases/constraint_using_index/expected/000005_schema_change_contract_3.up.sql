-- 000005_schema_change_contract_3.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - add constraint accounts_email_idx on public.accounts using its index
--
-- Hazards (locks, rewrites, scans):
--   - ACCESS EXCLUSIVE lock on public.accounts, brief: the index is already built

ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_idx UNIQUE USING INDEX accounts_email_idx;

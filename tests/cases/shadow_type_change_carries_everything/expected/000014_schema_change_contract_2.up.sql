-- 000014_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate constraint accounts_code_check on public.accounts
--   - validate constraint accounts_owner_id_fkey on public.accounts
--   - validate constraint transfers_account_id_fkey on public.transfers
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.accounts under SHARE UPDATE EXCLUSIVE: reads and writes continue
--   - [validates-scan] scans public.transfers under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_code_check;

ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_owner_id_fkey;

ALTER TABLE public.transfers VALIDATE CONSTRAINT transfers_account_id_fkey;

-- 000009_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate constraint accounts_ref_fkey on public.accounts
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.accounts under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_ref_fkey;

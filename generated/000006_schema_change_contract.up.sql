-- 000006_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - check public.accounts.billing_email IS NOT NULL (NOT VALID)
--   - check public.accounts.plan IS NOT NULL (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.accounts, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts ADD CONSTRAINT accounts_billing_email_not_null CHECK (billing_email IS NOT NULL) NOT VALID;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_plan_not_null CHECK (plan IS NOT NULL) NOT VALID;

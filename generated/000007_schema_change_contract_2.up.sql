-- 000007_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate that public.accounts.billing_email has no NULLs
--   - validate that public.accounts.plan has no NULLs
--   - validate constraint projects_created_by_fkey on public.projects
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.accounts under SHARE UPDATE EXCLUSIVE: reads and writes continue
--   - [validates-scan] scans public.projects under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_billing_email_not_null;

ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_plan_not_null;

ALTER TABLE public.projects VALIDATE CONSTRAINT projects_created_by_fkey;

-- 000008_schema_change_contract_3.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - set public.accounts.billing_email NOT NULL
--   - set public.accounts.plan NOT NULL
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.accounts, brief: the validated CHECK spares the scan (PostgreSQL 12+)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts ALTER COLUMN billing_email SET NOT NULL;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_billing_email_not_null;

ALTER TABLE public.accounts ALTER COLUMN plan SET NOT NULL;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_plan_not_null;

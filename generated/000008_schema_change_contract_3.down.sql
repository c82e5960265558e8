-- 000008_schema_change_contract_3.down.sql
-- Reverts 000008_schema_change_contract_3.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - set public.accounts.billing_email NOT NULL
--   - set public.accounts.plan NOT NULL

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts ADD CONSTRAINT accounts_plan_not_null CHECK (plan IS NOT NULL) NOT VALID;

ALTER TABLE public.accounts ALTER COLUMN plan DROP NOT NULL;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_billing_email_not_null CHECK (billing_email IS NOT NULL) NOT VALID;

ALTER TABLE public.accounts ALTER COLUMN billing_email DROP NOT NULL;

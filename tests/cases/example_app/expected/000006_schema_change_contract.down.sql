-- 000006_schema_change_contract.down.sql
-- Reverts 000006_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - check public.accounts.billing_email IS NOT NULL (NOT VALID)
--   - check public.accounts.plan IS NOT NULL (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts DROP CONSTRAINT accounts_plan_not_null;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_billing_email_not_null;

-- 000005_schema_change_contract_2.down.sql
-- Reverts 000005_schema_change_contract_2.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - check public.users.email_domain IS NOT NULL (NOT VALID)

ALTER TABLE public.users DROP CONSTRAINT users_email_domain_not_null;

-- 000005_schema_change_contract.down.sql
-- Reverts 000005_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - check public.users.email_domain IS NOT NULL (NOT VALID)
--   - drop column public.orders.legacy_ref

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.orders ADD COLUMN legacy_ref text;

ALTER TABLE public.users DROP CONSTRAINT users_email_domain_not_null;

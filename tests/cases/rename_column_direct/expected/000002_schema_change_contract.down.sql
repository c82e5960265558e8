-- 000002_schema_change_contract.down.sql
-- Reverts 000002_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop constraint customers_mail_check on public.customers

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.customers ADD CONSTRAINT customers_mail_check CHECK (email <> '');

-- 000005_schema_change_contract_3.down.sql
-- Reverts 000005_schema_change_contract_3.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - set public.users.email_normalized NOT NULL

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users ADD CONSTRAINT users_email_normalized_not_null CHECK (email_normalized IS NOT NULL) NOT VALID;

ALTER TABLE public.users ALTER COLUMN email_normalized DROP NOT NULL;

-- 000003_schema_change_contract_3.down.sql
-- Reverts 000003_schema_change_contract_3.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - set public.users.email NOT NULL

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;

ALTER TABLE public.users ALTER COLUMN email DROP NOT NULL;

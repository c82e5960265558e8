-- 000001_schema_change_contract.down.sql
-- Reverts 000001_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - check public.users.email IS NOT NULL (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users DROP CONSTRAINT users_email_not_null;

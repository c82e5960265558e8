-- 000004_schema_change_contract.down.sql
-- Reverts 000004_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - check public.api_keys.token IS NOT NULL (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.api_keys DROP CONSTRAINT api_keys_token_not_null;

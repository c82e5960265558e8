-- 000006_schema_change_contract_3.down.sql
-- Reverts 000006_schema_change_contract_3.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - set public.api_keys.token NOT NULL

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.api_keys ADD CONSTRAINT api_keys_token_not_null CHECK (token IS NOT NULL) NOT VALID;

ALTER TABLE public.api_keys ALTER COLUMN token DROP NOT NULL;

-- 000006_schema_change_contract_3.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - set public.api_keys.token NOT NULL
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.api_keys, brief: the validated CHECK spares the scan (PostgreSQL 12+)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.api_keys ALTER COLUMN token SET NOT NULL;

ALTER TABLE public.api_keys DROP CONSTRAINT api_keys_token_not_null;

-- 000005_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate that public.api_keys.token has no NULLs
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.api_keys under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.api_keys VALIDATE CONSTRAINT api_keys_token_not_null;

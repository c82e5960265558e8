-- 000006_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - swap in the new type public.st (created as public.st__gen_new)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on type public.st, brief: every column already uses the new type; the old one is dropped and the new one renamed

SET LOCAL lock_timeout = '5s';

DROP TYPE public.st;

ALTER TYPE public.st__gen_new RENAME TO st;

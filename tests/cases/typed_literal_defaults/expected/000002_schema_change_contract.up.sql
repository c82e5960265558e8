-- 000002_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate constraint prices_host_check on public.prices
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.prices under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.prices VALIDATE CONSTRAINT prices_host_check;

-- 000004_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate constraint order_user_fkey on public.order
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.order under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public."order" VALIDATE CONSTRAINT order_user_fkey;

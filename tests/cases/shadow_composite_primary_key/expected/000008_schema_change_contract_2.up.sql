-- 000008_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate constraint grants_group_id_user_id_fkey on public.grants
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.grants under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.grants VALIDATE CONSTRAINT grants_group_id_user_id_fkey;

-- 000009_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate constraint children_parent_id_fkey on public.children
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.children under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.children VALIDATE CONSTRAINT children_parent_id_fkey;

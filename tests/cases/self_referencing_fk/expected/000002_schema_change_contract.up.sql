-- 000002_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate constraint employees_manager_id_fkey on public.employees
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.employees under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.employees VALIDATE CONSTRAINT employees_manager_id_fkey;

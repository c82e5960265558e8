-- 000002_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate constraint projects_owner_id_fkey on public.projects
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.projects under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.projects VALIDATE CONSTRAINT projects_owner_id_fkey;

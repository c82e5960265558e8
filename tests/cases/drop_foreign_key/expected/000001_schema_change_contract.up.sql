-- 000001_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop constraint projects_owner_id_fkey on public.projects
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.projects, brief

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.projects DROP CONSTRAINT projects_owner_id_fkey;

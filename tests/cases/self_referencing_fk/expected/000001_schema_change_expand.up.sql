-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.employees.manager_id
--   - add constraint employees_manager_id_fkey on public.employees (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.employees, brief: no rewrite (PostgreSQL 11+)
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.employees and public.employees, brief: NOT VALID skips the scan
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.employees ADD COLUMN manager_id bigint;

ALTER TABLE public.employees ADD CONSTRAINT employees_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES public.employees (id) ON DELETE SET NULL NOT VALID;

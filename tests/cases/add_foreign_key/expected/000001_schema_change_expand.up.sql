-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add constraint projects_owner_id_fkey on public.projects (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.projects and public.users, brief: NOT VALID skips the scan
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.projects ADD CONSTRAINT projects_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.users (id) NOT VALID;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - drop trigger jobs_changed on public.jobs (to create it again)
--   - drop trigger jobs_notify on public.jobs (to create it again)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.jobs, brief

SET LOCAL lock_timeout = '5s';

DROP TRIGGER jobs_changed ON public.jobs;

DROP TRIGGER jobs_notify ON public.jobs;

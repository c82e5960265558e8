-- 000003_schema_change_backfill_2.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - check gen_new_status IS NOT NULL (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.jobs, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.jobs ADD CONSTRAINT jobs_gen_new_status_not_null CHECK (gen_new_status IS NOT NULL) NOT VALID;

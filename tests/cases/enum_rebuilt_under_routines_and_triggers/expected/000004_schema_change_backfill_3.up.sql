-- 000004_schema_change_backfill_3.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - validate that gen_new_status has no NULLs
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.jobs under SHARE UPDATE EXCLUSIVE: reads and writes continue
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.jobs VALIDATE CONSTRAINT jobs_gen_new_status_not_null;

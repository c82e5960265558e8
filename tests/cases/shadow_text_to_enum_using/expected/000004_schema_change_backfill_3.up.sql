-- 000004_schema_change_backfill_3.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - validate that gen_new_status has no NULLs
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.tickets under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tickets VALIDATE CONSTRAINT tickets_gen_new_status_not_null;

-- 000005_schema_change_backfill_4.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - validate that gen_new_id has no NULLs
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.readings under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.readings VALIDATE CONSTRAINT readings_gen_new_id_not_null;

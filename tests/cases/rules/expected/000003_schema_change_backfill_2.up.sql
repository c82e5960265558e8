-- 000003_schema_change_backfill_2.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - check gen_new_row_id IS NOT NULL (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.audit_log, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.audit_log ADD CONSTRAINT audit_log_gen_new_row_id_not_null CHECK (gen_new_row_id IS NOT NULL) NOT VALID;

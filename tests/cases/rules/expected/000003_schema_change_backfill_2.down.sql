-- 000003_schema_change_backfill_2.down.sql
-- Reverts 000003_schema_change_backfill_2.up.sql.
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Undoes:
--   - check gen_new_row_id IS NOT NULL (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.audit_log DROP CONSTRAINT IF EXISTS audit_log_gen_new_row_id_not_null;

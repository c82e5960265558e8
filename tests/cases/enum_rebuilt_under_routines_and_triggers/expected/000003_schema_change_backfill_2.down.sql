-- 000003_schema_change_backfill_2.down.sql
-- Reverts 000003_schema_change_backfill_2.up.sql.
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Undoes:
--   - check gen_new_status IS NOT NULL (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.jobs DROP CONSTRAINT IF EXISTS jobs_gen_new_status_not_null;

-- 000004_schema_change_backfill_3.down.sql
-- Reverts 000004_schema_change_backfill_3.up.sql.
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Undoes:
--   - check gen_new_id IS NOT NULL (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.readings DROP CONSTRAINT IF EXISTS readings_gen_new_id_not_null;

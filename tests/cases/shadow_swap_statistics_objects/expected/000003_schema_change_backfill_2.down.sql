-- 000003_schema_change_backfill_2.down.sql
-- Reverts 000003_schema_change_backfill_2.up.sql.
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Undoes:
--   - check gen_new_sensor_id IS NOT NULL (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.measurements DROP CONSTRAINT IF EXISTS measurements_gen_new_sensor_id_not_null;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add gen_new_sensor_id beside sensor_id on public.measurements, kept in sync by trigger gen_sync_measurements
--   - drop statistics public.measurements_sensor_id (to create it again)

SET LOCAL lock_timeout = '5s';

CREATE STATISTICS measurements_sensor_id (ndistinct) ON sensor_id, id FROM measurements;

DROP TRIGGER IF EXISTS gen_sync_measurements ON public.measurements;

DROP FUNCTION IF EXISTS public.gen_sync_measurements();

ALTER TABLE public.measurements DROP COLUMN IF EXISTS gen_new_sensor_id;

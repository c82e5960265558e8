-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add gen_new_sensor_id beside sensor_id on public.measurements, kept in sync by trigger gen_sync_measurements
--   - drop statistics public.measurements_sensor_id (to create it again)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.measurements, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.measurements also converts sensor_id
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.measurements ADD COLUMN gen_new_sensor_id bigint;

CREATE FUNCTION public.gen_sync_measurements() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_sensor_id := (NEW.sensor_id)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_measurements BEFORE INSERT OR UPDATE ON public.measurements FOR EACH ROW EXECUTE FUNCTION public.gen_sync_measurements();

DROP STATISTICS public.measurements_sensor_id;

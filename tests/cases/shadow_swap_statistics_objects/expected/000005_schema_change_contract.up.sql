-- 000005_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - swap gen_new_sensor_id in for sensor_id on public.measurements
--   - create again statistics public.measurements_sensor_id
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.measurements, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts sensor_id back in place: it rewrites public.measurements under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

DROP TRIGGER gen_sync_measurements ON public.measurements;

DROP FUNCTION public.gen_sync_measurements();

DROP STATISTICS public.measurements_sensor_zone;

ALTER TABLE public.measurements DROP COLUMN sensor_id;

ALTER TABLE public.measurements RENAME COLUMN gen_new_sensor_id TO sensor_id;

ALTER TABLE public.measurements ALTER COLUMN sensor_id SET NOT NULL;

ALTER TABLE public.measurements DROP CONSTRAINT measurements_gen_new_sensor_id_not_null;

CREATE STATISTICS measurements_sensor_zone ON sensor_id, zone FROM measurements;

COMMENT ON STATISTICS public.measurements_sensor_zone IS 'sensors sit in one zone';

CREATE STATISTICS measurements_sensor_id (dependencies) ON sensor_id, id FROM measurements;

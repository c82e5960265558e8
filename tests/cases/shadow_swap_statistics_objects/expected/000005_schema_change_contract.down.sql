-- 000005_schema_change_contract.down.sql
-- Reverts 000005_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - swap gen_new_sensor_id in for sensor_id on public.measurements
--   - create again statistics public.measurements_sensor_id

SET LOCAL lock_timeout = '5s';

DROP STATISTICS public.measurements_sensor_id;

ALTER TABLE public.measurements ALTER COLUMN sensor_id TYPE integer USING sensor_id::integer;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add constraint pings_device_id_fkey on partition public.pings_2024 (NOT VALID)
--   - add constraint pings_device_id_fkey on partition public.pings_rest_1 (NOT VALID)
--   - add constraint pings_device_id_fkey on partition public.pings_rest_other (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.pings_rest_other DROP CONSTRAINT IF EXISTS pings_device_id_fkey;

ALTER TABLE public.pings_rest_1 DROP CONSTRAINT IF EXISTS pings_device_id_fkey;

ALTER TABLE public.pings_2024 DROP CONSTRAINT IF EXISTS pings_device_id_fkey;

-- 000002_schema_change_expand_2.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - validate constraint pings_device_id_fkey on partition public.pings_2024
--   - validate constraint pings_device_id_fkey on partition public.pings_rest_1
--   - validate constraint pings_device_id_fkey on partition public.pings_rest_other
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.pings_2024 under SHARE UPDATE EXCLUSIVE: reads and writes continue
--   - [validates-scan] scans public.pings_rest_1 under SHARE UPDATE EXCLUSIVE: reads and writes continue
--   - [validates-scan] scans public.pings_rest_other under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.pings_2024 VALIDATE CONSTRAINT pings_device_id_fkey;

ALTER TABLE public.pings_rest_1 VALIDATE CONSTRAINT pings_device_id_fkey;

ALTER TABLE public.pings_rest_other VALIDATE CONSTRAINT pings_device_id_fkey;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add constraint pings_device_id_fkey on partition public.pings_2024 (NOT VALID)
--   - add constraint pings_device_id_fkey on partition public.pings_rest_1 (NOT VALID)
--   - add constraint pings_device_id_fkey on partition public.pings_rest_other (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.pings_2024 and the referenced table, brief: NOT VALID skips the scan
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.pings_rest_1 and the referenced table, brief: NOT VALID skips the scan
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.pings_rest_other and the referenced table, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.pings_2024 ADD CONSTRAINT pings_device_id_fkey FOREIGN KEY (device_id) REFERENCES public.devices (id) NOT VALID;

ALTER TABLE public.pings_rest_1 ADD CONSTRAINT pings_device_id_fkey FOREIGN KEY (device_id) REFERENCES public.devices (id) NOT VALID;

ALTER TABLE public.pings_rest_other ADD CONSTRAINT pings_device_id_fkey FOREIGN KEY (device_id) REFERENCES public.devices (id) NOT VALID;

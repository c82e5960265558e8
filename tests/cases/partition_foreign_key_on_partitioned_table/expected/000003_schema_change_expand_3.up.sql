-- 000003_schema_change_expand_3.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add constraint pings_device_id_fkey on public.pings (its partitions' are in place)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.pings, its partitions and the referenced table, brief: the partitions' foreign keys are validated already

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.pings_rest ADD CONSTRAINT pings_device_id_fkey FOREIGN KEY (device_id) REFERENCES public.devices (id);

ALTER TABLE public.pings ADD CONSTRAINT pings_device_id_fkey FOREIGN KEY (device_id) REFERENCES public.devices (id);

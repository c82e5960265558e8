-- 000006_schema_change_expand_6.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - make index public.readings_2025_pkey the primary key of public.readings_2025
--   - add constraint readings_pkey on public.readings (its partitions' are in place)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.readings_2025, brief: the index is already built
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.readings and its partitions, brief: the partitions' unique indexes are built already

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.readings_2025 ADD CONSTRAINT readings_2025_pkey PRIMARY KEY USING INDEX readings_2025_pkey;

ALTER TABLE public.readings ADD CONSTRAINT readings_pkey PRIMARY KEY (sensor_id, read_at);

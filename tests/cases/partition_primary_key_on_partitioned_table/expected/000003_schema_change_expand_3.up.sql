-- 000003_schema_change_expand_3.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - make index public.readings_2024_pkey the primary key of public.readings_2024
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.readings_2024, brief: the index is already built

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.readings_2024 ADD CONSTRAINT readings_2024_pkey PRIMARY KEY USING INDEX readings_2024_pkey;

-- 000003_schema_change_expand_3.down.sql
-- Reverts 000003_schema_change_expand_3.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add constraint pings_device_id_fkey on public.pings (its partitions' are in place)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.pings DROP CONSTRAINT pings_device_id_fkey;

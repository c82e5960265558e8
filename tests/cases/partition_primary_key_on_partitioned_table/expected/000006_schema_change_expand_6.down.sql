-- 000006_schema_change_expand_6.down.sql
-- Reverts 000006_schema_change_expand_6.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - make index public.readings_2025_pkey the primary key of public.readings_2025
--   - add constraint readings_pkey on public.readings (its partitions' are in place)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.readings DROP CONSTRAINT readings_pkey;

ALTER TABLE public.readings_2025 DROP CONSTRAINT IF EXISTS readings_2025_pkey;

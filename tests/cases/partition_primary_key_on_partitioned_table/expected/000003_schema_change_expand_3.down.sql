-- 000003_schema_change_expand_3.down.sql
-- Reverts 000003_schema_change_expand_3.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - make index public.readings_2024_pkey the primary key of public.readings_2024

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.readings_2024 DROP CONSTRAINT IF EXISTS readings_2024_pkey;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add CHECK measurements_default_not_measurements_2025 on public.measurements_default (NOT VALID): it spares the scan of the DEFAULT partition when public.measurements_2025 is attached

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.measurements_default DROP CONSTRAINT measurements_default_not_measurements_2025;

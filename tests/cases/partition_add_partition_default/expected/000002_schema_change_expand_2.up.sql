-- 000002_schema_change_expand_2.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - validate CHECK measurements_default_not_measurements_2025 on public.measurements_default
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.measurements_default under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.measurements_default VALIDATE CONSTRAINT measurements_default_not_measurements_2025;

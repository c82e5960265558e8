-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add CHECK measurements_default_not_measurements_2025 on public.measurements_default (NOT VALID): it spares the scan of the DEFAULT partition when public.measurements_2025 is attached
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.measurements_default, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.measurements_default ADD CONSTRAINT measurements_default_not_measurements_2025 CHECK (NOT ((taken_on IS NOT NULL) AND (taken_on >= '2025-01-01'::date) AND (taken_on < '2026-01-01'::date))) NOT VALID;

-- 000003_schema_change_backfill_2.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - check email IS NOT NULL (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.customers, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.customers ADD CONSTRAINT customers_email_not_null CHECK (email IS NOT NULL) NOT VALID;

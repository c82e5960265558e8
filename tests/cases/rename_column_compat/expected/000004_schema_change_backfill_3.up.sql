-- 000004_schema_change_backfill_3.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - validate that email has no NULLs
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.customers under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.customers VALIDATE CONSTRAINT customers_email_not_null;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.audit.origin (nullable until backfilled)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.audit, brief: no rewrite
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.audit ADD COLUMN origin text;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.api_keys.created_at (filled for existing rows by the backfill)
--   - add column public.api_keys.token (filled for existing rows by the backfill)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.api_keys, brief: no rewrite (the volatile default is set after the column exists, for new rows only)
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.api_keys ADD COLUMN created_at timestamp with time zone;

ALTER TABLE public.api_keys ALTER COLUMN created_at SET DEFAULT clock_timestamp();

ALTER TABLE public.api_keys ADD COLUMN token uuid;

ALTER TABLE public.api_keys ALTER COLUMN token SET DEFAULT gen_random_uuid();

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - alter column public.users.phone
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.users, brief

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users ALTER COLUMN phone DROP NOT NULL;

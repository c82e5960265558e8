-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.users.confirmed_at
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.users, brief: no rewrite (PostgreSQL 11+)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users ADD COLUMN confirmed_at timestamp(6) without time zone;

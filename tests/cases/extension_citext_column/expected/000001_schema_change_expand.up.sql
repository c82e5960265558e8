-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create extension citext
--   - add column public.users.username
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.users, brief: no rewrite (PostgreSQL 11+)

SET LOCAL lock_timeout = '5s';

CREATE EXTENSION citext;

ALTER TABLE public.users ADD COLUMN username citext;

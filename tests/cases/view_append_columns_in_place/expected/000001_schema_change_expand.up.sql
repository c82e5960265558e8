-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.users.role
--   - replace view public.all_users (columns appended; the down drops it and what depends on it, and creates them again)
--   - replace view public.active_users (columns appended; the down drops it and what depends on it, and creates them again)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.users, brief: no rewrite (PostgreSQL 11+)
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.all_users, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.active_users, brief

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users ADD COLUMN role text;

CREATE OR REPLACE VIEW all_users AS SELECT * FROM users;

CREATE OR REPLACE VIEW active_users AS SELECT id, email, name AS full_name, upper(email) AS shout FROM users WHERE id > 0;

-- 000001_add_active_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.users.active
--   - set comments
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.users, brief: no rewrite (PostgreSQL 11+)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users ADD COLUMN active boolean DEFAULT true NOT NULL;

COMMENT ON COLUMN public.users.active IS 'false once the account is closed';

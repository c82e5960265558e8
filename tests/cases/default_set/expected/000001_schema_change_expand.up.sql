-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - alter column public.accounts.plan
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.accounts, brief

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts ALTER COLUMN plan SET DEFAULT 'free';

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - drop view public.everyone (to create it again)
--   - add column public.people.email
--   - drop view public.happy (to create it again)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.people, brief: no rewrite (PostgreSQL 11+)

SET LOCAL lock_timeout = '5s';

DROP VIEW public.everyone;

ALTER TABLE public.people ADD COLUMN email text;

DROP VIEW public.happy;

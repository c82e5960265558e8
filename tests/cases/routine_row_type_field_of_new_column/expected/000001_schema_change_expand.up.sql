-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.t.state
--   - create function public.f(t)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.t, brief: no rewrite (PostgreSQL 11+)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.t ADD COLUMN state text;

CREATE FUNCTION public.f(public.t) RETURNS boolean
    LANGUAGE sql
    AS $_$ select $1.state = 'x' $_$;

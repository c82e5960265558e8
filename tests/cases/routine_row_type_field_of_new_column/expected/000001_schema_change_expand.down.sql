-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add column public.t.state
--   - create function public.f(t)

SET LOCAL lock_timeout = '5s';

DROP FUNCTION public.f(t);

ALTER TABLE public.t DROP COLUMN state;

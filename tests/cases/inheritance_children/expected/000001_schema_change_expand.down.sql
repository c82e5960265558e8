-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.events_logout

SET LOCAL lock_timeout = '5s';

DROP TABLE public.events_logout;

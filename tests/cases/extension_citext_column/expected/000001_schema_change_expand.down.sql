-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create extension citext
--   - add column public.users.username

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users DROP COLUMN username;

DROP EXTENSION citext;

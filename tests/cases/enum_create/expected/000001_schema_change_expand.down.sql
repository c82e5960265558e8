-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create type public.user_role

SET LOCAL lock_timeout = '5s';

DROP TYPE public.user_role;

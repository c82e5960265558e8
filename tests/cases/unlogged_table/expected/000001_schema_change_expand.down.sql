-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.session_cache
--   - add constraint session_cache_user_id_fkey on public.session_cache

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.session_cache DROP CONSTRAINT session_cache_user_id_fkey;

DROP TABLE public.session_cache;

-- 000001_add_active_expand.down.sql
-- Reverts 000001_add_active_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add column public.users.active
--   - set comments

SET LOCAL lock_timeout = '5s';

COMMENT ON COLUMN public.users.active IS NULL;

ALTER TABLE public.users DROP COLUMN active;

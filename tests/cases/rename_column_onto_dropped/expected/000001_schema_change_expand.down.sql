-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - drop column public.users.user_name
--   - rename column public.users.username to user_name

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users RENAME COLUMN user_name TO username;

ALTER TABLE public.users ADD COLUMN user_name character varying(50);

-- 000004_schema_change_expand_4.down.sql
-- Reverts 000004_schema_change_expand_4.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add constraint users_username_key on public.users using its index

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users DROP CONSTRAINT users_username_key;

-- 000003_schema_change_expand_3.down.sql
-- Reverts 000003_schema_change_expand_3.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add constraint users_username_key on public.users using its index

ALTER TABLE public.users DROP CONSTRAINT users_username_key;

-- 000002_schema_change_expand_2.down.sql
-- Reverts 000002_schema_change_expand_2.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add constraint users_email_key on public.users using its index

ALTER TABLE public.users DROP CONSTRAINT users_email_key;

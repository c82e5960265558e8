-- 000003_schema_change_expand_3.down.sql
-- Reverts 000003_schema_change_expand_3.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add constraint users_email_key on public.users using its index

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users DROP CONSTRAINT users_email_key;

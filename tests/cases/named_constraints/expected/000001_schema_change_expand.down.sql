-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.accounts
--   - create table public.users
--   - add constraint users_account_fk on public.users

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users DROP CONSTRAINT users_account_fk;

DROP TABLE public.users;

DROP TABLE public.accounts;

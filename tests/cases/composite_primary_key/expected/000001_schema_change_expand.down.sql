-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.memberships
--   - add constraint memberships_account_id_fkey on public.memberships
--   - add constraint memberships_user_id_fkey on public.memberships

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.memberships DROP CONSTRAINT memberships_user_id_fkey;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_account_id_fkey;

DROP TABLE public.memberships;

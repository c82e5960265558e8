-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.accounts
--   - create table public.shipments
--   - create table public.users
--   - add constraint shipments_account_region_fkey on public.shipments
--   - add constraint shipments_handled_by_fkey on public.shipments
--   - add constraint users_account_id_fkey on public.users
--   - add constraint users_manager_id_fkey on public.users

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users DROP CONSTRAINT users_manager_id_fkey;

ALTER TABLE public.users DROP CONSTRAINT users_account_id_fkey;

ALTER TABLE public.shipments DROP CONSTRAINT shipments_handled_by_fkey;

ALTER TABLE public.shipments DROP CONSTRAINT shipments_account_region_fkey;

DROP TABLE public.users;

DROP TABLE public.shipments;

DROP TABLE public.accounts;

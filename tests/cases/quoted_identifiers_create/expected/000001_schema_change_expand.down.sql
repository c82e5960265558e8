-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.UserAccounts
--   - create table public.order
--   - create table public.user
--   - add constraint order_user_fkey on public.order
--   - create index public.UserAccounts_createdAt_idx
--   - create index public.order_user_idx

SET LOCAL lock_timeout = '5s';

DROP INDEX public.order_user_idx;

DROP INDEX public."UserAccounts_createdAt_idx";

ALTER TABLE public."order" DROP CONSTRAINT order_user_fkey;

DROP TABLE public."user";

DROP TABLE public."order";

DROP TABLE public."UserAccounts";

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add column public.UserAccounts.lastLoginAt
--   - add column public.order.select
--   - add constraint order_user_fkey on public.order (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public."order" DROP CONSTRAINT order_user_fkey;

ALTER TABLE public."order" DROP COLUMN "select";

ALTER TABLE public."UserAccounts" DROP COLUMN "lastLoginAt";

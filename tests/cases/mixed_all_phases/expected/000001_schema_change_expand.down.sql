-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.refunds
--   - add column public.users.display_name
--   - add column public.users.email_domain (nullable until backfilled)
--   - add constraint orders_user_id_fkey on public.orders (NOT VALID)
--   - add constraint refunds_order_id_fkey on public.refunds

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.refunds DROP CONSTRAINT refunds_order_id_fkey;

ALTER TABLE public.orders DROP CONSTRAINT orders_user_id_fkey;

ALTER TABLE public.users DROP COLUMN email_domain;

ALTER TABLE public.users DROP COLUMN display_name;

DROP TABLE public.refunds;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add constraint products_discount_le_price on public.products (NOT VALID)
--   - add constraint products_price_cents_check on public.products (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.products DROP CONSTRAINT products_price_cents_check;

ALTER TABLE public.products DROP CONSTRAINT products_discount_le_price;

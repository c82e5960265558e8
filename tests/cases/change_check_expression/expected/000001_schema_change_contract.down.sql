-- 000001_schema_change_contract.down.sql
-- Reverts 000001_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop constraint products_price_range on public.products
--   - add constraint products_price_range on public.products (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.products DROP CONSTRAINT products_price_range;

ALTER TABLE public.products ADD CONSTRAINT products_price_range CHECK (price_cents >= 0);

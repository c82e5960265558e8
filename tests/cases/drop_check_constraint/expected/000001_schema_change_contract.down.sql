-- 000001_schema_change_contract.down.sql
-- Reverts 000001_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop constraint products_discount_le_price on public.products

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.products ADD CONSTRAINT products_discount_le_price CHECK (discount_cents <= price_cents);

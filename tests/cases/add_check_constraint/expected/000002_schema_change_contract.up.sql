-- 000002_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate constraint products_discount_le_price on public.products
--   - validate constraint products_price_cents_check on public.products
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.products under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.products VALIDATE CONSTRAINT products_discount_le_price;

ALTER TABLE public.products VALIDATE CONSTRAINT products_price_cents_check;

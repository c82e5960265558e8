-- 000003_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate constraint products_price_cents_check on public.products
--
-- Hazards (locks, rewrites, scans):
--   - scans public.products under SHARE UPDATE EXCLUSIVE: reads and writes continue

ALTER TABLE public.products VALIDATE CONSTRAINT products_price_cents_check;

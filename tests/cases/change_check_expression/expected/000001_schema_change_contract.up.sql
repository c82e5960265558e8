-- 000001_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop constraint products_price_range on public.products
--   - add constraint products_price_range on public.products (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.products, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.products, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.products DROP CONSTRAINT products_price_range;

ALTER TABLE public.products ADD CONSTRAINT products_price_range CHECK (price_cents >= 0 AND price_cents < 1000000) NOT VALID;

-- 000001_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop constraint products_discount_le_price on public.products
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.products, brief

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.products DROP CONSTRAINT products_discount_le_price;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add constraint products_discount_le_price on public.products (NOT VALID)
--   - add constraint products_price_cents_check on public.products (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.products, brief: NOT VALID skips the scan
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.products ADD CONSTRAINT products_discount_le_price CHECK (discount_cents <= price_cents) NOT VALID;

ALTER TABLE public.products ADD CONSTRAINT products_price_cents_check CHECK (price_cents >= 0) NOT VALID;

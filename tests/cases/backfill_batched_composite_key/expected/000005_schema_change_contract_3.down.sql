-- 000005_schema_change_contract_3.down.sql
-- Reverts 000005_schema_change_contract_3.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - set public.line_items.total_cents NOT NULL

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.line_items ADD CONSTRAINT line_items_total_cents_not_null CHECK (total_cents IS NOT NULL) NOT VALID;

ALTER TABLE public.line_items ALTER COLUMN total_cents DROP NOT NULL;

-- 000001_schema_change_contract.down.sql
-- Reverts 000001_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop constraint items_qty_check on public.items
--   - add constraint items_qty_check on public.items (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.items DROP CONSTRAINT items_qty_check;

ALTER TABLE public.items ADD CONSTRAINT items_qty_check CHECK (qty > 0);

-- 000007_schema_change_contract.down.sql
-- Reverts 000007_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - swap gen_new_order_id in for order_id on public.order_items

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.order_items ALTER COLUMN order_id TYPE integer USING order_id::integer;

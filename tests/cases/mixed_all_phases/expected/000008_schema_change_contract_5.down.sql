-- 000008_schema_change_contract_5.down.sql
-- Reverts 000008_schema_change_contract_5.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop column public.orders.legacy_ref

ALTER TABLE public.orders ADD COLUMN legacy_ref text;

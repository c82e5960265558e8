-- 000002_schema_change_contract.down.sql
-- Reverts 000002_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop statistics public.orders_zip_legacy
--   - drop column public.orders.legacy_code

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.orders ADD COLUMN legacy_code text;

CREATE STATISTICS public.orders_zip_legacy ON zip, legacy_code FROM public.orders;

-- 000004_schema_change_contract_2.down.sql
-- Reverts 000004_schema_change_contract_2.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - rename index public.orders_lookup_idx_ccnew to orders_lookup_idx

SET LOCAL lock_timeout = '5s';

ALTER INDEX public.orders_lookup_idx RENAME TO orders_lookup_idx_ccnew;

-- 000004_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - rename index public.orders_lookup_idx_ccnew to orders_lookup_idx
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] SHARE UPDATE EXCLUSIVE lock on the index, brief

SET LOCAL lock_timeout = '5s';

ALTER INDEX public.orders_lookup_idx_ccnew RENAME TO orders_lookup_idx;

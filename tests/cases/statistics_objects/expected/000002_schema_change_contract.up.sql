-- 000002_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop statistics public.orders_zip_legacy
--   - drop column public.orders.legacy_code
--
-- Hazards (locks, rewrites, scans):
--   - [deletes-data] ACCESS EXCLUSIVE lock on public.orders, brief; deletes the column's values

SET LOCAL lock_timeout = '5s';

DROP STATISTICS public.orders_zip_legacy;

ALTER TABLE public.orders DROP COLUMN legacy_code;

-- 000001_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop constraint items_qty_check on public.items
--   - add constraint items_qty_check on public.items (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.items, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.items, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.items DROP CONSTRAINT items_qty_check;

ALTER TABLE public.items ADD CONSTRAINT items_qty_check CHECK (qty > 0) NOT VALID;

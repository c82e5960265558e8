-- 000004_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate that public.line_items.total_cents has no NULLs
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.line_items under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.line_items VALIDATE CONSTRAINT line_items_total_cents_not_null;

-- 000003_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate that public.tickets.priority has no NULLs
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.tickets under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tickets VALIDATE CONSTRAINT tickets_priority_not_null;

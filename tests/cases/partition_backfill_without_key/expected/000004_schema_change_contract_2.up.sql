-- 000004_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate that public.audit.origin has no NULLs
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.audit under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.audit VALIDATE CONSTRAINT audit_origin_not_null;

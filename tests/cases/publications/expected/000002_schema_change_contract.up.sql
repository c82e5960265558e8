-- 000002_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop table public.audit_old
--
-- Hazards (locks, rewrites, scans):
--   - [deletes-data] deletes table public.audit_old and its rows

SET LOCAL lock_timeout = '5s';

DROP TABLE public.audit_old;

-- 000002_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - revoke EXECUTE on ROUTINE public.add_one(i integer) from PUBLIC
--   - revoke INSERT on TABLE public.accounts from gen_app_writer
--   - revoke USAGE on TYPE public.tier from PUBLIC
--   - drop table public.old_audit
--
-- Hazards (locks, rewrites, scans):
--   - [deletes-data] deletes table public.old_audit and its rows

SET LOCAL lock_timeout = '5s';

REVOKE EXECUTE ON ROUTINE public.add_one(i integer) FROM PUBLIC;

REVOKE INSERT ON TABLE public.accounts FROM gen_app_writer;

REVOKE USAGE ON TYPE public.tier FROM PUBLIC;

DROP TABLE public.old_audit;

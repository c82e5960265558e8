-- 000003_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop constraint t_u on public.t
--   - rename index public.t_u_ccnew to t_u
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.t, brief
--   - [exclusive-lock] SHARE UPDATE EXCLUSIVE lock on the index, brief

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.t DROP CONSTRAINT t_u;

ALTER INDEX public.t_u_ccnew RENAME TO t_u;

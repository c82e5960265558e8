-- 000004_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - add constraint t_u on public.t using its index
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.t, brief: the index is already built

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.t ADD CONSTRAINT t_u UNIQUE USING INDEX t_u_ccnew;

-- 000003_schema_change_contract.down.sql
-- Reverts 000003_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop constraint t_u on public.t
--   - rename index public.t_u_ccnew to t_u

SET LOCAL lock_timeout = '5s';

ALTER INDEX public.t_u RENAME TO t_u_ccnew;

ALTER TABLE public.t ADD CONSTRAINT t_u UNIQUE (a);

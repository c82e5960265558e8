-- 000004_schema_change_contract_2.down.sql
-- Reverts 000004_schema_change_contract_2.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - add constraint t_u on public.t using its index

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.t DROP CONSTRAINT t_u;

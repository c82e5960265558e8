-- 000003_schema_change_contract.down.sql
-- Reverts 000003_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - set public.plans.code NOT NULL
--   - set public.plans.id NOT NULL
--   - add constraint plans_pkey on public.plans

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.plans DROP CONSTRAINT plans_pkey;

ALTER TABLE public.plans ALTER COLUMN id DROP NOT NULL;

ALTER TABLE public.plans ALTER COLUMN code DROP NOT NULL;

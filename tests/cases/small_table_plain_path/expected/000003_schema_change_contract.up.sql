-- 000003_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - set public.plans.code NOT NULL
--   - set public.plans.id NOT NULL
--   - add constraint plans_pkey on public.plans
--
-- Hazards (locks, rewrites, scans):
--   - [blocks-writes] ACCESS EXCLUSIVE lock on public.plans while it is scanned for NULLs (a small table: brief)
--   - [blocks-writes] ACCESS EXCLUSIVE lock on public.plans while the constraint is checked (a small table: brief)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.plans ALTER COLUMN code SET NOT NULL;

ALTER TABLE public.plans ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.plans ADD CONSTRAINT plans_pkey PRIMARY KEY (id);

-- 000004_schema_change_contract.down.sql
-- Reverts 000004_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - swap note in for Old Note on public.tasks

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tasks RENAME COLUMN note TO "Old Note";

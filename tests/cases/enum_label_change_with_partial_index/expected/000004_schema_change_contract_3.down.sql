-- 000004_schema_change_contract_3.down.sql
-- Reverts 000004_schema_change_contract_3.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - create index public.tasks_urgent_idx

SET LOCAL lock_timeout = '5s';

DROP INDEX public.tasks_urgent_idx;

-- 000002_schema_change_contract_2.down.sql
-- Reverts 000002_schema_change_contract_2.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - create index public.tags_name_idx

SET LOCAL lock_timeout = '5s';

DROP INDEX public.tags_name_idx;

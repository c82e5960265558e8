-- 000006_schema_change_contract_2.down.sql
-- Reverts 000006_schema_change_contract_2.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - create again materialized view public.balances

SET LOCAL lock_timeout = '5s';

DROP MATERIALIZED VIEW public.balances;

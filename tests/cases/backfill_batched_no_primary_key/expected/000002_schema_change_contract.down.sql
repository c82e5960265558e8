-- 000002_schema_change_contract.down.sql
-- Reverts 000002_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - check public.events.kind IS NOT NULL (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.events DROP CONSTRAINT events_kind_not_null;

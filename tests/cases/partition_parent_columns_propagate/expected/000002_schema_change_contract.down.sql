-- 000002_schema_change_contract.down.sql
-- Reverts 000002_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - check public.tickets.priority IS NOT NULL (NOT VALID)
--   - drop column public.tickets.legacy

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tickets ADD COLUMN legacy text;

ALTER TABLE public.tickets DROP CONSTRAINT tickets_priority_not_null;

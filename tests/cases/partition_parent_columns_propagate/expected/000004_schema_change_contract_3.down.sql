-- 000004_schema_change_contract_3.down.sql
-- Reverts 000004_schema_change_contract_3.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - set public.tickets.priority NOT NULL

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tickets ADD CONSTRAINT tickets_priority_not_null CHECK (priority IS NOT NULL) NOT VALID;

ALTER TABLE public.tickets ALTER COLUMN priority DROP NOT NULL;

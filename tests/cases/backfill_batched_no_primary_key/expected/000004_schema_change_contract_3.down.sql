-- 000004_schema_change_contract_3.down.sql
-- Reverts 000004_schema_change_contract_3.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - set public.events.kind NOT NULL

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.events ADD CONSTRAINT events_kind_not_null CHECK (kind IS NOT NULL) NOT VALID;

ALTER TABLE public.events ALTER COLUMN kind DROP NOT NULL;

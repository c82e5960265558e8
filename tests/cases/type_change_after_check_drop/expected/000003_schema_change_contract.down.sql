-- 000003_schema_change_contract.down.sql
-- Reverts 000003_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - swap gen_new_Value in for Value on public.readings

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.readings ALTER COLUMN "Value" TYPE bigint USING "Value"::bigint;

ALTER TABLE public.readings ADD CONSTRAINT "readings_Value_check" CHECK ("Value" > 0);

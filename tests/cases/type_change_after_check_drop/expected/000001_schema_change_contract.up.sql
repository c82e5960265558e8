-- 000001_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop constraint readings_Value_check on public.readings
--   - alter column public.readings.Value
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.readings, brief
--   - [table-rewrite] ACCESS EXCLUSIVE lock on public.readings while the table and its indexes are rewritten (bigint -> text)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.readings DROP CONSTRAINT "readings_Value_check";

ALTER TABLE public.readings ALTER COLUMN "Value" TYPE text USING "Value"::text;

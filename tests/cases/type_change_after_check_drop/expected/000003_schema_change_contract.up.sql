-- 000003_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - swap gen_new_Value in for Value on public.readings
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.readings, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts Value back in place: it rewrites public.readings under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

DROP TRIGGER gen_sync_readings ON public.readings;

DROP FUNCTION public.gen_sync_readings();

ALTER TABLE public.readings DROP COLUMN "Value";

ALTER TABLE public.readings RENAME COLUMN "gen_new_Value" TO "Value";

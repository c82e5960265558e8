-- 000002_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop the CHECK DETACH CONCURRENTLY left on public.metrics_2023
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.metrics_2023, brief

SET LOCAL lock_timeout = '5s';

DO $gen$
DECLARE
  c name;
BEGIN
  FOR c IN SELECT conname FROM pg_constraint
            WHERE conrelid = 'public.metrics_2023'::regclass AND contype = 'c' AND conname NOT IN ('metrics_v_check', 'metrics_2023_pkey', 'metrics_v_check')
  LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', 'public.metrics_2023', c);
  END LOOP;
END $gen$;

-- 000002_schema_change_backfill.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - backfill NULLs of public.plans.code with 'plan-' || id
--
-- Hazards (locks, rewrites, scans):
--   - [row-locks] row locks on the rows of public.plans whose code is NULL until the transaction ends (a small table: brief)
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

UPDATE public.plans SET code = 'plan-' || id WHERE code IS NULL;

-- 000003_schema_change_backfill.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - backfill NULLs of public.accounts.billing_email with slug || '@billing.invalid'
--   - backfill NULLs of public.accounts.plan with 'free'
--
-- Hazards (locks, rewrites, scans):
--   - updates every row of public.accounts whose billing_email is NULL (row locks)
--   - updates every row of public.accounts whose plan is NULL (row locks)
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

UPDATE public.accounts SET billing_email = slug || '@billing.invalid' WHERE billing_email IS NULL;

UPDATE public.accounts SET plan = 'free' WHERE plan IS NULL;

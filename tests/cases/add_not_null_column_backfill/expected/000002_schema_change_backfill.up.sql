-- 000002_schema_change_backfill.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - backfill NULLs of public.users.email_normalized with lower(email)
--
-- Hazards (locks, rewrites, scans):
--   - updates every row of public.users whose email_normalized is NULL (row locks)
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

UPDATE public.users SET email_normalized = lower(email) WHERE email_normalized IS NULL;

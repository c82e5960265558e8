-- 000003_schema_change_backfill.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - backfill NULLs of public.users.email_domain with split_part(email, '@', 2)
--
-- Hazards (locks, rewrites, scans):
--   - updates every row of public.users whose email_domain is NULL (row locks)
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

UPDATE public.users SET email_domain = split_part(email, '@', 2) WHERE email_domain IS NULL;

-- 000004_schema_change_backfill.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - backfill NULLs of public.users.email_domain with split_part(email, '@', 2)
--
-- Hazards (locks, rewrites, scans):
--   - [row-locks] updates the rows of public.users whose email_domain is NULL in batches of 10000 rows, each its own transaction: row locks are brief; rerunning finishes a half-done backfill
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DO $gen$
DECLARE
  lo1 public.users.id%TYPE;
  hi1 public.users.id%TYPE;
  more boolean;
BEGIN
  SELECT id INTO lo1 FROM public.users ORDER BY id LIMIT 1;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  LOOP
    SELECT id INTO hi1 FROM public.users WHERE id >= lo1 ORDER BY id OFFSET 9999 LIMIT 1;
    more := FOUND;
    SET LOCAL lock_timeout = '5s';
    IF more THEN
      UPDATE public.users SET email_domain = split_part(email, '@', 2)
       WHERE id >= lo1 AND id <= hi1 AND (email_domain IS NULL);
    ELSE
      UPDATE public.users SET email_domain = split_part(email, '@', 2)
       WHERE id >= lo1 AND (email_domain IS NULL);
    END IF;
    COMMIT;
    EXIT WHEN NOT more;
    SELECT id INTO lo1 FROM public.users WHERE id > hi1 ORDER BY id LIMIT 1;
    EXIT WHEN NOT FOUND;
  END LOOP;
END $gen$;

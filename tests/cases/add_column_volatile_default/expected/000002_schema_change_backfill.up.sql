-- 000002_schema_change_backfill.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - backfill NULLs of public.api_keys.created_at with clock_timestamp()
--
-- Hazards (locks, rewrites, scans):
--   - [row-locks] updates the rows of public.api_keys whose created_at is NULL in batches of 10 rows, each its own transaction: row locks are brief; rerunning finishes a half-done backfill
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DO $gen$
DECLARE
  lo1 public.api_keys.id%TYPE;
  hi1 public.api_keys.id%TYPE;
  more boolean;
BEGIN
  SELECT id INTO lo1 FROM public.api_keys ORDER BY id LIMIT 1;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  LOOP
    SELECT id INTO hi1 FROM public.api_keys WHERE id >= lo1 ORDER BY id OFFSET 9 LIMIT 1;
    more := FOUND;
    SET LOCAL lock_timeout = '5s';
    IF more THEN
      UPDATE public.api_keys SET created_at = clock_timestamp()
       WHERE id >= lo1 AND id <= hi1 AND (created_at IS NULL);
    ELSE
      UPDATE public.api_keys SET created_at = clock_timestamp()
       WHERE id >= lo1 AND (created_at IS NULL);
    END IF;
    COMMIT;
    EXIT WHEN NOT more;
    SELECT id INTO lo1 FROM public.api_keys WHERE id > hi1 ORDER BY id LIMIT 1;
    EXIT WHEN NOT FOUND;
  END LOOP;
END $gen$;

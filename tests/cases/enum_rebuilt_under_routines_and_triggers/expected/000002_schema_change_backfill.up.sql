-- 000002_schema_change_backfill.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - copy status of public.jobs into gen_new_status in batches
--
-- Hazards (locks, rewrites, scans):
--   - [row-locks] updates the rows of public.jobs in batches of 10000 rows, each its own transaction: row locks are brief; rerunning finishes a half-done copy
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DO $gen$
DECLARE
  lo1 public.jobs.id%TYPE;
  hi1 public.jobs.id%TYPE;
  more boolean;
BEGIN
  SELECT id INTO lo1 FROM public.jobs ORDER BY id LIMIT 1;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  LOOP
    SELECT id INTO hi1 FROM public.jobs WHERE id >= lo1 ORDER BY id OFFSET 9999 LIMIT 1;
    more := FOUND;
    SET LOCAL lock_timeout = '5s';
    IF more THEN
      UPDATE public.jobs SET gen_new_status = (status)::text::public.st__gen_new
       WHERE id >= lo1 AND id <= hi1 AND ((gen_new_status IS NULL AND status IS NOT NULL));
    ELSE
      UPDATE public.jobs SET gen_new_status = (status)::text::public.st__gen_new
       WHERE id >= lo1 AND ((gen_new_status IS NULL AND status IS NOT NULL));
    END IF;
    COMMIT;
    EXIT WHEN NOT more;
    SELECT id INTO lo1 FROM public.jobs WHERE id > hi1 ORDER BY id LIMIT 1;
    EXIT WHEN NOT FOUND;
  END LOOP;
END $gen$;

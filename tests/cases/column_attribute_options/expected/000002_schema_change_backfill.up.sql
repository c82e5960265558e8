-- 000002_schema_change_backfill.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - copy score of public.events into gen_new_score in batches
--
-- Hazards (locks, rewrites, scans):
--   - [row-locks] updates the rows of public.events in batches of 10000 rows, each its own transaction: row locks are brief; rerunning finishes a half-done copy
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DO $gen$
DECLARE
  lo1 public.events.id%TYPE;
  hi1 public.events.id%TYPE;
  more boolean;
BEGIN
  SELECT id INTO lo1 FROM public.events ORDER BY id LIMIT 1;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  LOOP
    SELECT id INTO hi1 FROM public.events WHERE id >= lo1 ORDER BY id OFFSET 9999 LIMIT 1;
    more := FOUND;
    SET LOCAL lock_timeout = '5s';
    IF more THEN
      UPDATE public.events SET gen_new_score = (score)::bigint
       WHERE id >= lo1 AND id <= hi1 AND ((gen_new_score IS NULL AND score IS NOT NULL));
    ELSE
      UPDATE public.events SET gen_new_score = (score)::bigint
       WHERE id >= lo1 AND ((gen_new_score IS NULL AND score IS NOT NULL));
    END IF;
    COMMIT;
    EXIT WHEN NOT more;
    SELECT id INTO lo1 FROM public.events WHERE id > hi1 ORDER BY id LIMIT 1;
    EXIT WHEN NOT FOUND;
  END LOOP;
END $gen$;

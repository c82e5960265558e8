-- 000003_schema_change_backfill_2.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - copy ref of public.ledgers into gen_new_ref in batches
--
-- Hazards (locks, rewrites, scans):
--   - [row-locks] updates the rows of public.ledgers in batches of 10000 rows, each its own transaction: row locks are brief; rerunning finishes a half-done copy
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DO $gen$
DECLARE
  lo1 public.ledgers.id%TYPE;
  hi1 public.ledgers.id%TYPE;
  more boolean;
BEGIN
  SELECT id INTO lo1 FROM public.ledgers ORDER BY id LIMIT 1;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  LOOP
    SELECT id INTO hi1 FROM public.ledgers WHERE id >= lo1 ORDER BY id OFFSET 9999 LIMIT 1;
    more := FOUND;
    SET LOCAL lock_timeout = '5s';
    IF more THEN
      UPDATE public.ledgers SET gen_new_ref = (ref)::bigint
       WHERE id >= lo1 AND id <= hi1 AND ((gen_new_ref IS NULL AND ref IS NOT NULL));
    ELSE
      UPDATE public.ledgers SET gen_new_ref = (ref)::bigint
       WHERE id >= lo1 AND ((gen_new_ref IS NULL AND ref IS NOT NULL));
    END IF;
    COMMIT;
    EXIT WHEN NOT more;
    SELECT id INTO lo1 FROM public.ledgers WHERE id > hi1 ORDER BY id LIMIT 1;
    EXIT WHEN NOT FOUND;
  END LOOP;
END $gen$;

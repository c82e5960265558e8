-- 000005_schema_change_backfill_4.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - copy id of public.users into gen_new_id in batches
--
-- Hazards (locks, rewrites, scans):
--   - [row-locks] updates the rows of public.users in batches of 10000 rows, each its own transaction: row locks are brief; rerunning finishes a half-done copy
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
      UPDATE public.users SET gen_new_id = (id)::bigint
       WHERE id >= lo1 AND id <= hi1 AND ((gen_new_id IS NULL AND id IS NOT NULL));
    ELSE
      UPDATE public.users SET gen_new_id = (id)::bigint
       WHERE id >= lo1 AND ((gen_new_id IS NULL AND id IS NOT NULL));
    END IF;
    COMMIT;
    EXIT WHEN NOT more;
    SELECT id INTO lo1 FROM public.users WHERE id > hi1 ORDER BY id LIMIT 1;
    EXIT WHEN NOT FOUND;
  END LOOP;
END $gen$;

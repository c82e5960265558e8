-- 000002_schema_change_backfill.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - copy group_id, user_id of public.memberships into gen_new_group_id, gen_new_user_id in batches
--
-- Hazards (locks, rewrites, scans):
--   - [row-locks] updates the rows of public.memberships in batches of 4 rows, each its own transaction: row locks are brief; rerunning finishes a half-done copy
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DO $gen$
DECLARE
  lo1 public.memberships.group_id%TYPE;
  hi1 public.memberships.group_id%TYPE;
  lo2 public.memberships.user_id%TYPE;
  hi2 public.memberships.user_id%TYPE;
  more boolean;
BEGIN
  SELECT group_id, user_id INTO lo1, lo2 FROM public.memberships ORDER BY group_id, user_id LIMIT 1;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  LOOP
    SELECT group_id, user_id INTO hi1, hi2 FROM public.memberships WHERE (group_id, user_id) >= (lo1, lo2) ORDER BY group_id, user_id OFFSET 3 LIMIT 1;
    more := FOUND;
    SET LOCAL lock_timeout = '5s';
    IF more THEN
      UPDATE public.memberships SET gen_new_group_id = (group_id)::bigint, gen_new_user_id = (user_id)::bigint
       WHERE (group_id, user_id) >= (lo1, lo2) AND (group_id, user_id) <= (hi1, hi2) AND ((gen_new_group_id IS NULL AND group_id IS NOT NULL) OR (gen_new_user_id IS NULL AND user_id IS NOT NULL));
    ELSE
      UPDATE public.memberships SET gen_new_group_id = (group_id)::bigint, gen_new_user_id = (user_id)::bigint
       WHERE (group_id, user_id) >= (lo1, lo2) AND ((gen_new_group_id IS NULL AND group_id IS NOT NULL) OR (gen_new_user_id IS NULL AND user_id IS NOT NULL));
    END IF;
    COMMIT;
    EXIT WHEN NOT more;
    SELECT group_id, user_id INTO lo1, lo2 FROM public.memberships WHERE (group_id, user_id) > (hi1, hi2) ORDER BY group_id, user_id LIMIT 1;
    EXIT WHEN NOT FOUND;
  END LOOP;
END $gen$;

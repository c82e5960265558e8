-- 000002_schema_change_backfill.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - copy id of public.traits into gen_new_id in batches
--
-- Hazards (locks, rewrites, scans):
--   - [row-locks] updates the rows of public.traits in batches of 10000 rows, each its own transaction: row locks are brief; rerunning finishes a half-done copy
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DO $gen$
DECLARE
  pages bigint;
  step bigint;
  lo bigint := 0;
BEGIN
  SELECT greatest(1, pg_relation_size(c.oid) / current_setting('block_size')::bigint),
         greatest(1, (10000 / CASE WHEN c.relpages > 0 AND c.reltuples > 0 THEN c.reltuples / c.relpages ELSE 100 END)::bigint)
    INTO pages, step FROM pg_class c WHERE c.oid = 'public.traits'::regclass;
  LOOP
    SET LOCAL lock_timeout = '5s';
    IF lo + step > pages THEN
      UPDATE public.traits SET gen_new_id = (id)::bigint
       WHERE ctid >= format('(%s,0)', lo)::tid AND ((gen_new_id IS NULL AND id IS NOT NULL));
    ELSE
      UPDATE public.traits SET gen_new_id = (id)::bigint
       WHERE ctid >= format('(%s,0)', lo)::tid AND ctid < format('(%s,0)', lo + step)::tid AND ((gen_new_id IS NULL AND id IS NOT NULL));
    END IF;
    COMMIT;
    EXIT WHEN lo + step > pages;
    lo := lo + step;
  END LOOP;
END $gen$;

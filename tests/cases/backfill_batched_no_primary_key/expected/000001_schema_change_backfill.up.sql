-- 000001_schema_change_backfill.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - backfill NULLs of public.events.kind with 'unknown'
--
-- Hazards (locks, rewrites, scans):
--   - [row-locks] updates the rows of public.events whose kind is NULL in batches of 100 rows, each its own transaction: row locks are brief; rerunning finishes a half-done backfill
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.
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
         greatest(1, (100 / CASE WHEN c.relpages > 0 AND c.reltuples > 0 THEN c.reltuples / c.relpages ELSE 100 END)::bigint)
    INTO pages, step FROM pg_class c WHERE c.oid = 'public.events'::regclass;
  LOOP
    SET LOCAL lock_timeout = '5s';
    IF lo + step > pages THEN
      UPDATE public.events SET kind = 'unknown'
       WHERE ctid >= format('(%s,0)', lo)::tid AND (kind IS NULL);
    ELSE
      UPDATE public.events SET kind = 'unknown'
       WHERE ctid >= format('(%s,0)', lo)::tid AND ctid < format('(%s,0)', lo + step)::tid AND (kind IS NULL);
    END IF;
    COMMIT;
    EXIT WHEN lo + step > pages;
    lo := lo + step;
  END LOOP;
END $gen$;

-- 000002_schema_change_backfill.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - backfill NULLs of public.audit.origin with '100%' || coalesce(actor, 'nobody')
--
-- Hazards (locks, rewrites, scans):
--   - [row-locks] updates the rows of public.audit whose origin is NULL in batches of 500 rows, each its own transaction: row locks are brief; rerunning finishes a half-done backfill
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DO $gen$
DECLARE
  part regclass;
  pages bigint;
  step bigint;
  lo bigint;
BEGIN
  FOR part IN SELECT relid FROM pg_partition_tree('public.audit'::regclass) WHERE isleaf LOOP
    SELECT greatest(1, pg_relation_size(c.oid) / current_setting('block_size')::bigint),
           greatest(1, (500 / CASE WHEN c.relpages > 0 AND c.reltuples > 0 THEN c.reltuples / c.relpages ELSE 100 END)::bigint)
      INTO pages, step FROM pg_class c WHERE c.oid = part;
    lo := 0;
    LOOP
      SET LOCAL lock_timeout = '5s';
      IF lo + step > pages THEN
        EXECUTE format('UPDATE %s SET origin = ''100%%'' || coalesce(actor, ''nobody'') WHERE ctid >= $1 AND (origin IS NULL)', part) USING format('(%s,0)', lo)::tid;
      ELSE
        EXECUTE format('UPDATE %s SET origin = ''100%%'' || coalesce(actor, ''nobody'') WHERE ctid >= $1 AND ctid < $2 AND (origin IS NULL)', part) USING format('(%s,0)', lo)::tid, format('(%s,0)', lo + step)::tid;
      END IF;
      COMMIT;
      EXIT WHEN lo + step > pages;
      lo := lo + step;
    END LOOP;
  END LOOP;
END $gen$;

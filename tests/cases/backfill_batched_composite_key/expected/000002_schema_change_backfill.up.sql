-- 000002_schema_change_backfill.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - backfill NULLs of public.line_items.total_cents with quantity * unit_cents
--
-- Hazards (locks, rewrites, scans):
--   - [row-locks] updates the rows of public.line_items whose total_cents is NULL in batches of 4 rows, each its own transaction: row locks are brief; rerunning finishes a half-done backfill
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DO $gen$
DECLARE
  lo1 public.line_items.order_id%TYPE;
  hi1 public.line_items.order_id%TYPE;
  lo2 public.line_items.line_no%TYPE;
  hi2 public.line_items.line_no%TYPE;
  more boolean;
BEGIN
  SELECT order_id, line_no INTO lo1, lo2 FROM public.line_items ORDER BY order_id, line_no LIMIT 1;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  LOOP
    SELECT order_id, line_no INTO hi1, hi2 FROM public.line_items WHERE (order_id, line_no) >= (lo1, lo2) ORDER BY order_id, line_no OFFSET 3 LIMIT 1;
    more := FOUND;
    SET LOCAL lock_timeout = '5s';
    IF more THEN
      UPDATE public.line_items SET total_cents = quantity * unit_cents
       WHERE (order_id, line_no) >= (lo1, lo2) AND (order_id, line_no) <= (hi1, hi2) AND (total_cents IS NULL);
    ELSE
      UPDATE public.line_items SET total_cents = quantity * unit_cents
       WHERE (order_id, line_no) >= (lo1, lo2) AND (total_cents IS NULL);
    END IF;
    COMMIT;
    EXIT WHEN NOT more;
    SELECT order_id, line_no INTO lo1, lo2 FROM public.line_items WHERE (order_id, line_no) > (hi1, hi2) ORDER BY order_id, line_no LIMIT 1;
    EXIT WHEN NOT FOUND;
  END LOOP;
END $gen$;

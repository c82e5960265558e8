-- 000006_schema_change_backfill_5.down.sql
-- Reverts 000006_schema_change_backfill_5.up.sql.
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Undoes:
--   - build index public.orders_open_idx over the shadow columns concurrently as orders_open_idx_ccnew
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DROP INDEX CONCURRENTLY IF EXISTS public.orders_open_idx_ccnew;

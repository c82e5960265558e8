-- 000008_schema_change_backfill_7.down.sql
-- Reverts 000008_schema_change_backfill_7.up.sql.
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Undoes:
--   - build index public.orders_state_idx over the shadow columns concurrently as orders_state_idx_ccnew
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DROP INDEX CONCURRENTLY IF EXISTS public.orders_state_idx_ccnew;

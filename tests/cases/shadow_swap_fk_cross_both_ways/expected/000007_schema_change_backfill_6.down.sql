-- 000007_schema_change_backfill_6.down.sql
-- Reverts 000007_schema_change_backfill_6.up.sql.
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Undoes:
--   - build the unique index of ledgers_ref_key over the shadow columns concurrently
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DROP INDEX CONCURRENTLY IF EXISTS public.ledgers_ref_key_ccnew;

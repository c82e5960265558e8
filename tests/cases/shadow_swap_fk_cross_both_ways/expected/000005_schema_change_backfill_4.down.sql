-- 000005_schema_change_backfill_4.down.sql
-- Reverts 000005_schema_change_backfill_4.up.sql.
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Undoes:
--   - build the unique index of accounts_ref_key over the shadow columns concurrently
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DROP INDEX CONCURRENTLY IF EXISTS public.accounts_ref_key_ccnew;

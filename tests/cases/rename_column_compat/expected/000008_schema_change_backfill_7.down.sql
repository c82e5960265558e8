-- 000008_schema_change_backfill_7.down.sql
-- Reverts 000008_schema_change_backfill_7.up.sql.
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Undoes:
--   - build the unique index of customers_mail_key over the shadow columns concurrently
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DROP INDEX CONCURRENTLY IF EXISTS public.customers_mail_key_ccnew;

-- 000009_schema_change_backfill_8.down.sql
-- Reverts 000009_schema_change_backfill_8.up.sql.
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Undoes:
--   - build the unique index of users_pkey over the shadow columns concurrently
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DROP INDEX CONCURRENTLY IF EXISTS public.users_pkey_ccnew;

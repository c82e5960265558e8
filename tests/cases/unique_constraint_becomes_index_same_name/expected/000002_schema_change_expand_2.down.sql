-- 000002_schema_change_expand_2.down.sql
-- Reverts 000002_schema_change_expand_2.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - build the new definition of index public.t_u concurrently as t_u_ccnew
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DROP INDEX CONCURRENTLY IF EXISTS public.t_u_ccnew;

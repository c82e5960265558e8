-- 000005_schema_change_expand_5.down.sql
-- Reverts 000005_schema_change_expand_5.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - build index public.visits_2025_xx_lower_idx of partition public.visits_2025_xx concurrently
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DROP INDEX CONCURRENTLY IF EXISTS public.visits_2025_xx_lower_idx;

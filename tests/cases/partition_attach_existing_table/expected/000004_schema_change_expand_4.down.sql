-- 000004_schema_change_expand_4.down.sql
-- Reverts 000004_schema_change_expand_4.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - build index public.invoices_2023_amount_idx of partition public.invoices_2023 concurrently
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DROP INDEX CONCURRENTLY IF EXISTS public.invoices_2023_amount_idx;

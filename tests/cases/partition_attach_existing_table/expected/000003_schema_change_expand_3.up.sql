-- 000003_schema_change_expand_3.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - drop a leftover of a failed build of public.invoices_2023_amount_idx, if any
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DROP INDEX CONCURRENTLY IF EXISTS public.invoices_2023_amount_idx;

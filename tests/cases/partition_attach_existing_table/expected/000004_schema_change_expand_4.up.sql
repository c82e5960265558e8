-- 000004_schema_change_expand_4.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - build index public.invoices_2023_amount_idx of partition public.invoices_2023 concurrently
--
-- Hazards (locks, rewrites, scans):
--   - [concurrently] builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on public.invoices_2023 continue
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE INDEX CONCURRENTLY invoices_2023_amount_idx ON public.invoices_2023 USING btree (amount);

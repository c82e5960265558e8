-- 000003_schema_change_expand_3.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - build index public.items_b_pkey of partition public.items_b concurrently
--
-- Hazards (locks, rewrites, scans):
--   - [concurrently] builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on public.items_b continue
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE UNIQUE INDEX CONCURRENTLY items_b_pkey ON public.items_b USING btree (id, kind);

-- 000006_schema_change_backfill_5.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - build index public.tickets_open over the shadow columns concurrently as tickets_open_ccnew
--
-- Hazards (locks, rewrites, scans):
--   - [concurrently] builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on public.tickets continue
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE INDEX CONCURRENTLY tickets_open_ccnew ON public.tickets USING btree (id) WHERE gen_new_status = 'open';

-- 000006_schema_change_backfill_5.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - build index public.orders_open_idx over the shadow columns concurrently as orders_open_idx_ccnew
--
-- Hazards (locks, rewrites, scans):
--   - [concurrently] builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on public.orders continue
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE INDEX CONCURRENTLY orders_open_idx_ccnew ON public.orders USING btree (id) WHERE gen_new_state <> 'shipped';

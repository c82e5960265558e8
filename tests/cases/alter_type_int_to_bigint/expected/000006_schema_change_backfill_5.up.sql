-- 000006_schema_change_backfill_5.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - build index public.order_items_order_id_idx over the shadow columns concurrently as order_items_order_id_idx_ccnew
--
-- Hazards (locks, rewrites, scans):
--   - [concurrently] builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on public.order_items continue
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE INDEX CONCURRENTLY order_items_order_id_idx_ccnew ON public.order_items USING btree (gen_new_order_id);

-- 000006_schema_change_backfill_5.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - build index public.accounts_big_codes over the shadow columns concurrently as accounts_big_codes_ccnew
--
-- Hazards (locks, rewrites, scans):
--   - [concurrently] builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on public.accounts continue
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE INDEX CONCURRENTLY accounts_big_codes_ccnew ON public.accounts USING btree (gen_new_code) WHERE gen_new_code > 100;

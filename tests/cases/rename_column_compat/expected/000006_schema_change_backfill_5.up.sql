-- 000006_schema_change_backfill_5.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - build index public.customers_lower_mail over the shadow columns concurrently as customers_lower_mail_ccnew
--
-- Hazards (locks, rewrites, scans):
--   - [concurrently] builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on public.customers continue
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE INDEX CONCURRENTLY customers_lower_mail_ccnew ON public.customers USING btree ((lower(email)));

-- 000008_schema_change_backfill_7.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - build index public.accounts_code_digit over the shadow columns concurrently as accounts_code_digit_ccnew
--
-- Hazards (locks, rewrites, scans):
--   - [concurrently] builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on public.accounts continue
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE INDEX CONCURRENTLY accounts_code_digit_ccnew ON public.accounts USING btree ((gen_new_code % 10), (lower(email)));

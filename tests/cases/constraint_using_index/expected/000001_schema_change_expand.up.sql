-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - build the unique index of accounts_pkey on public.accounts concurrently
--
-- Hazards (locks, rewrites, scans):
--   - builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on public.accounts continue
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE UNIQUE INDEX CONCURRENTLY accounts_pkey ON public.accounts USING btree (id);

-- 000005_schema_change_expand_5.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create index public.users_full_name_trgm_idx concurrently
--
-- Hazards (locks, rewrites, scans):
--   - [concurrently] builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on public.users continue
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE INDEX CONCURRENTLY users_full_name_trgm_idx ON public.users USING gin (full_name gin_trgm_ops);

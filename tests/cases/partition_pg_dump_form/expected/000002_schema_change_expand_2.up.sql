-- 000002_schema_change_expand_2.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create index public.c1_rid_idx concurrently
--
-- Hazards (locks, rewrites, scans):
--   - [concurrently] builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on public.c1 continue
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE INDEX CONCURRENTLY c1_rid_idx ON public.c1 USING btree (rid);

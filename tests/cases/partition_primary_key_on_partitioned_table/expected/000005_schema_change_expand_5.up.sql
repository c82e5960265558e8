-- 000005_schema_change_expand_5.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - build index public.readings_2025_pkey of partition public.readings_2025 concurrently
--
-- Hazards (locks, rewrites, scans):
--   - [concurrently] builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on public.readings_2025 continue
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE UNIQUE INDEX CONCURRENTLY readings_2025_pkey ON public.readings_2025 USING btree (sensor_id, read_at);

-- 000005_schema_change_expand_5.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - build index public.visits_2025_xx_lower_idx of partition public.visits_2025_xx concurrently
--
-- Hazards (locks, rewrites, scans):
--   - [concurrently] builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on public.visits_2025_xx continue
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE INDEX CONCURRENTLY visits_2025_xx_lower_idx ON public.visits_2025_xx USING btree ((lower(path)));

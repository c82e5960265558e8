-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.line_items.total_cents
--
-- Hazards (locks, rewrites, scans):
--   - [table-rewrite] ACCESS EXCLUSIVE lock on public.line_items while the table is rewritten to fill the column

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.line_items ADD COLUMN total_cents bigint GENERATED ALWAYS AS (quantity * unit_price_cents) STORED;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - alter column public.order_items.order_id
--
-- Hazards (locks, rewrites, scans):
--   - [table-rewrite] ACCESS EXCLUSIVE lock on public.order_items while the table and its indexes are rewritten (integer -> bigint)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.order_items ALTER COLUMN order_id TYPE bigint USING order_id::bigint;

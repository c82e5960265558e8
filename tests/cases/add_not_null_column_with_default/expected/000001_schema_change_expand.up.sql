-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.orders.status
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.orders, brief: no rewrite (PostgreSQL 11+)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.orders ADD COLUMN status text DEFAULT 'pending' NOT NULL;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - change the labels of type public.order_status

SET LOCAL lock_timeout = '5s';

ALTER TYPE public.order_status ADD VALUE 'returned' AFTER 'delivered';

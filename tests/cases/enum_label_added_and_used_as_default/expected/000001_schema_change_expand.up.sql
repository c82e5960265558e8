-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - change the labels of type public.priority

SET LOCAL lock_timeout = '5s';

ALTER TYPE public.priority ADD VALUE 'medium' BEFORE 'high';

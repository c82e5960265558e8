-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - change the labels of type public.status

SET LOCAL lock_timeout = '5s';

ALTER TYPE public.status ADD VALUE 'doing' BEFORE 'done';

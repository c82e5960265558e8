-- 000002_schema_change_expand_2.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - change the labels of type public.mood

SET LOCAL lock_timeout = '5s';

ALTER TYPE public.mood ADD VALUE 'happy' AFTER 'ok';

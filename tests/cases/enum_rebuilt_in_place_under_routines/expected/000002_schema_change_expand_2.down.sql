-- 000002_schema_change_expand_2.down.sql
-- Reverts 000002_schema_change_expand_2.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - change the labels of type public.st

SET LOCAL lock_timeout = '5s';

ALTER TYPE public.st ADD VALUE 'gone' AFTER 'done';

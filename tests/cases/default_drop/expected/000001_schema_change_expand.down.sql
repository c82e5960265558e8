-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - alter column public.accounts.plan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts ALTER COLUMN plan SET DEFAULT 'free';

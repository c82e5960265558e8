-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - alter column public.accounts.plan
--   - alter column public.accounts.seats

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts ALTER COLUMN seats DROP DEFAULT;

ALTER TABLE public.accounts ALTER COLUMN seats SET DEFAULT 1;

ALTER TABLE public.accounts ALTER COLUMN plan DROP DEFAULT;

ALTER TABLE public.accounts ALTER COLUMN plan SET DEFAULT 'free';

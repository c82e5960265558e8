-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create function public.touch_name()
--   - create table public.notes
--   - create trigger accounts_touch on public.accounts

SET LOCAL lock_timeout = '5s';

DROP TRIGGER accounts_touch ON public.accounts;

DROP TABLE public.notes;

DROP FUNCTION public.touch_name();

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create function public.account_count()
--   - replace the definition of function public.rich_limit()
--   - replace the definition of function public.touch()
--   - add gen_new_balance beside balance on public.accounts, kept in sync by trigger gen_sync_accounts
--   - create view public.stats
--   - drop trigger accounts_touch on public.accounts (to create it again)
--   - create trigger accounts_touch on public.accounts

SET LOCAL lock_timeout = '5s';

DROP TRIGGER accounts_touch ON public.accounts;

CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();

DROP VIEW public.stats;

DROP TRIGGER IF EXISTS gen_sync_accounts ON public.accounts;

DROP FUNCTION IF EXISTS public.gen_sync_accounts();

ALTER TABLE public.accounts DROP COLUMN IF EXISTS gen_new_balance;

CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION rich_limit() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 1000 $$;

DROP FUNCTION public.account_count();

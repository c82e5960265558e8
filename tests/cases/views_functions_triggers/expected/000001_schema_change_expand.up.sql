-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create function public.account_count()
--   - replace the definition of function public.rich_limit()
--   - replace the definition of function public.touch()
--   - add gen_new_balance beside balance on public.accounts, kept in sync by trigger gen_sync_accounts
--   - create view public.stats
--   - drop trigger accounts_touch on public.accounts (to create it again)
--   - create trigger accounts_touch on public.accounts
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.accounts, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.accounts also converts balance
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.accounts, brief
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.accounts, brief
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

CREATE FUNCTION account_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM accounts $$;

CREATE OR REPLACE FUNCTION rich_limit() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 2000 $$;

CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  NEW.email := lower(NEW.email);
  RETURN NEW;
END
$$;

ALTER TABLE public.accounts ADD COLUMN gen_new_balance bigint;

CREATE FUNCTION public.gen_sync_accounts() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_balance := (NEW.balance)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_accounts BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.gen_sync_accounts();

CREATE VIEW stats AS SELECT account_count() AS accounts;

DROP TRIGGER accounts_touch ON public.accounts;

CREATE TRIGGER accounts_touch BEFORE INSERT OR UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();

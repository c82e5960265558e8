-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add gen_new_ref beside ref on public.accounts, kept in sync by trigger gen_sync_accounts
--   - add gen_new_ref beside ref on public.ledgers, kept in sync by trigger gen_sync_ledgers
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.accounts, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.accounts also converts ref
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.ledgers, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.ledgers also converts ref
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts ADD COLUMN gen_new_ref bigint;

CREATE FUNCTION public.gen_sync_accounts() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_ref := (NEW.ref)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_accounts BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.gen_sync_accounts();

ALTER TABLE public.ledgers ADD COLUMN gen_new_ref bigint;

CREATE FUNCTION public.gen_sync_ledgers() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_ref := (NEW.ref)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_ledgers BEFORE INSERT OR UPDATE ON public.ledgers FOR EACH ROW EXECUTE FUNCTION public.gen_sync_ledgers();

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - alter sequence public.accounts_id_seq
--   - add gen_new_id, gen_new_owner_id, gen_new_code beside id, owner_id, code on public.accounts, kept in sync by trigger gen_sync_accounts
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.accounts, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.accounts also converts id, owner_id, code
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

ALTER SEQUENCE public.accounts_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

ALTER TABLE public.accounts ADD COLUMN gen_new_id bigint;

ALTER TABLE public.accounts ADD COLUMN gen_new_owner_id bigint;

ALTER TABLE public.accounts ADD COLUMN gen_new_code bigint;

CREATE FUNCTION public.gen_sync_accounts() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_id := (NEW.id)::bigint;
  NEW.gen_new_owner_id := (NEW.owner_id)::bigint;
  NEW.gen_new_code := (NEW.code)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_accounts BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.gen_sync_accounts();

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add gen_new_group_id, gen_new_user_id beside group_id, user_id on public.memberships, kept in sync by trigger gen_sync_memberships
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.memberships, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.memberships also converts group_id, user_id
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.memberships ADD COLUMN gen_new_group_id bigint;

ALTER TABLE public.memberships ADD COLUMN gen_new_user_id bigint;

CREATE FUNCTION public.gen_sync_memberships() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_group_id := (NEW.group_id)::bigint;
  NEW.gen_new_user_id := (NEW.user_id)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_memberships BEFORE INSERT OR UPDATE ON public.memberships FOR EACH ROW EXECUTE FUNCTION public.gen_sync_memberships();

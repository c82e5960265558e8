-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add gen_new_parent_id beside parent_id on public.children, kept in sync by trigger gen_sync_children
--   - add gen_new_id beside id on public.parents, kept in sync by trigger gen_sync_parents
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.children, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.children also converts parent_id
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.parents, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.parents also converts id
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.children ADD COLUMN gen_new_parent_id bigint;

CREATE FUNCTION public.gen_sync_children() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_parent_id := (NEW.parent_id)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_children BEFORE INSERT OR UPDATE ON public.children FOR EACH ROW EXECUTE FUNCTION public.gen_sync_children();

ALTER TABLE public.parents ADD COLUMN gen_new_id bigint;

CREATE FUNCTION public.gen_sync_parents() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_id := (NEW.id)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_parents BEFORE INSERT OR UPDATE ON public.parents FOR EACH ROW EXECUTE FUNCTION public.gen_sync_parents();

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create function public.touch_name()
--   - create table public.notes
--   - create trigger accounts_touch on public.accounts
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.accounts, brief

SET LOCAL lock_timeout = '5s';

CREATE FUNCTION touch_name() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.name := coalesce(NEW.name, 'unnamed');
  RETURN NEW;
END;
$$;

CREATE TABLE public.notes (
    id integer NOT NULL,
    body text
);

CREATE TRIGGER accounts_touch BEFORE INSERT ON accounts FOR EACH ROW EXECUTE PROCEDURE touch_name();

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create type public.ticket_status
--   - add gen_new_status beside status on public.tickets, kept in sync by trigger gen_sync_tickets
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tickets, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.tickets also converts status
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.ticket_status AS ENUM ('open', 'closed', 'escalated');

ALTER TABLE public.tickets ADD COLUMN gen_new_status public.ticket_status;

CREATE FUNCTION public.gen_sync_tickets() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_status := (SELECT COALESCE((CASE WHEN status = 'c' THEN 'closed' WHEN urgent THEN 'escalated' ELSE 'open' END::ticket_status), 'open') FROM (SELECT NEW.*) AS tickets);
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_tickets BEFORE INSERT OR UPDATE ON public.tickets FOR EACH ROW EXECUTE FUNCTION public.gen_sync_tickets();

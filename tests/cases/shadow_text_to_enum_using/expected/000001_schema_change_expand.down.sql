-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create type public.ticket_status
--   - add gen_new_status beside status on public.tickets, kept in sync by trigger gen_sync_tickets

SET LOCAL lock_timeout = '5s';

DROP TRIGGER IF EXISTS gen_sync_tickets ON public.tickets;

DROP FUNCTION IF EXISTS public.gen_sync_tickets();

ALTER TABLE public.tickets DROP COLUMN IF EXISTS gen_new_status;

DROP TYPE public.ticket_status;

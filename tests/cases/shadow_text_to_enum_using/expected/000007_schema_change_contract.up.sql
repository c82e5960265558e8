-- 000007_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - swap gen_new_status in for status on public.tickets
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tickets, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts status back in place: it rewrites public.tickets under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

DROP TRIGGER gen_sync_tickets ON public.tickets;

DROP FUNCTION public.gen_sync_tickets();

ALTER TABLE public.tickets DROP COLUMN status;

ALTER TABLE public.tickets RENAME COLUMN gen_new_status TO status;

ALTER TABLE public.tickets ALTER COLUMN status SET DEFAULT 'open';

ALTER TABLE public.tickets ALTER COLUMN status SET NOT NULL;

ALTER TABLE public.tickets DROP CONSTRAINT tickets_gen_new_status_not_null;

ALTER INDEX public.tickets_open_ccnew RENAME TO tickets_open;

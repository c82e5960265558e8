-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - alter column public.accounts.plan
--   - alter column public.accounts.seats
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.accounts, brief

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts ALTER COLUMN plan DROP DEFAULT;

ALTER TABLE public.accounts ALTER COLUMN plan SET DEFAULT 'trial';

ALTER TABLE public.accounts ALTER COLUMN seats DROP DEFAULT;

ALTER TABLE public.accounts ALTER COLUMN seats SET DEFAULT 5;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - rename column public.customers.mail to email
--   - rename column public.customers.score to points
--   - add constraint customers_email_check on public.customers (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [breaks-old-app] ACCESS EXCLUSIVE lock, brief: the application must use the new name from now on
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.customers, brief: NOT VALID skips the scan
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.customers RENAME COLUMN mail TO email;

ALTER TABLE public.customers RENAME COLUMN score TO points;

ALTER TABLE public.customers ADD CONSTRAINT customers_email_check CHECK (email <> '') NOT VALID;

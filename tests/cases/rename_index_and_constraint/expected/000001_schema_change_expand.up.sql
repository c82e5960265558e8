-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - rename constraint accounts_owner on public.accounts to accounts_owner_id_key
--   - rename constraint accounts_email_check on public.accounts to email_not_empty
--   - rename index public.accounts_lower_email to accounts_email_ci
--   - rename index public.accounts_plan to accounts_plan_idx
--
-- Hazards (locks, rewrites, scans):
--   - [breaks-old-app] ACCESS EXCLUSIVE lock, brief: the application must use the new name from now on

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts RENAME CONSTRAINT accounts_owner TO accounts_owner_id_key;

ALTER TABLE public.accounts RENAME CONSTRAINT accounts_email_check TO email_not_empty;

ALTER INDEX public.accounts_lower_email RENAME TO accounts_email_ci;

ALTER INDEX public.accounts_plan RENAME TO accounts_plan_idx;

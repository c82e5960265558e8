-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - rename constraint accounts_owner on public.accounts to accounts_owner_id_key
--   - rename constraint accounts_email_check on public.accounts to email_not_empty
--   - rename index public.accounts_lower_email to accounts_email_ci
--   - rename index public.accounts_plan to accounts_plan_idx

SET LOCAL lock_timeout = '5s';

ALTER INDEX public.accounts_plan_idx RENAME TO accounts_plan;

ALTER INDEX public.accounts_email_ci RENAME TO accounts_lower_email;

ALTER TABLE public.accounts RENAME CONSTRAINT email_not_empty TO accounts_email_check;

ALTER TABLE public.accounts RENAME CONSTRAINT accounts_owner_id_key TO accounts_owner;

-- 000002_schema_change_contract.down.sql
-- Reverts 000002_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop column public.users.role
--   - create again view public.all_users
--   - create again view public.user_emails

SET LOCAL lock_timeout = '5s';

DROP VIEW public.user_emails;

DROP VIEW public.all_users;

ALTER TABLE public.users ADD COLUMN role text;

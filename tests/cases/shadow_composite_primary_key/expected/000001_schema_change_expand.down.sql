-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add gen_new_group_id, gen_new_user_id beside group_id, user_id on public.memberships, kept in sync by trigger gen_sync_memberships

SET LOCAL lock_timeout = '5s';

DROP TRIGGER IF EXISTS gen_sync_memberships ON public.memberships;

DROP FUNCTION IF EXISTS public.gen_sync_memberships();

ALTER TABLE public.memberships DROP COLUMN IF EXISTS gen_new_group_id;

ALTER TABLE public.memberships DROP COLUMN IF EXISTS gen_new_user_id;

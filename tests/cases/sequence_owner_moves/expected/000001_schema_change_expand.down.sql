-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add gen_new_id beside id on public.traits, kept in sync by trigger gen_sync_traits
--   - add gen_new_id beside id on public.users, kept in sync by trigger gen_sync_users
--   - free sequence public.users_id_seq from its owner public.users_legacy.id

SET LOCAL lock_timeout = '5s';

ALTER SEQUENCE public.users_id_seq OWNED BY public.users_legacy.id;

DROP TRIGGER IF EXISTS gen_sync_users ON public.users;

DROP FUNCTION IF EXISTS public.gen_sync_users();

ALTER TABLE public.users DROP COLUMN IF EXISTS gen_new_id;

DROP TRIGGER IF EXISTS gen_sync_traits ON public.traits;

DROP FUNCTION IF EXISTS public.gen_sync_traits();

ALTER TABLE public.traits DROP COLUMN IF EXISTS gen_new_id;

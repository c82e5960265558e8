-- 000007_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - swap gen_new_group_id, gen_new_user_id in for group_id, user_id on public.memberships
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.memberships and on the tables whose foreign keys reference it, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts group_id, user_id back in place: it rewrites public.memberships under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

DROP TRIGGER gen_sync_memberships ON public.memberships;

DROP FUNCTION public.gen_sync_memberships();

ALTER TABLE IF EXISTS public.grants DROP CONSTRAINT IF EXISTS grants_group_id_user_id_fkey;

ALTER TABLE public.memberships DROP COLUMN group_id;

ALTER TABLE public.memberships RENAME COLUMN gen_new_group_id TO group_id;

ALTER TABLE public.memberships ALTER COLUMN group_id SET NOT NULL;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_gen_new_group_id_not_null;

ALTER TABLE public.memberships DROP COLUMN user_id;

ALTER TABLE public.memberships RENAME COLUMN gen_new_user_id TO user_id;

ALTER TABLE public.memberships ALTER COLUMN user_id SET NOT NULL;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_gen_new_user_id_not_null;

ALTER TABLE public.memberships ADD CONSTRAINT memberships_pkey PRIMARY KEY USING INDEX memberships_pkey_ccnew;

ALTER TABLE public.grants ADD CONSTRAINT grants_group_id_user_id_fkey FOREIGN KEY (group_id, user_id) REFERENCES public.memberships (group_id, user_id) NOT VALID;

-- 000010_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - swap gen_new_id in for id on public.traits
--   - set the owner of sequence public.traits_id_seq
--   - drop table public.users_legacy
--   - swap gen_new_id in for id on public.users
--   - set the owner of sequence public.users_id_seq
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.traits, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts id back in place: it rewrites public.traits under ACCESS EXCLUSIVE
--   - [deletes-data] deletes table public.users_legacy and its rows
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.users, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts id back in place: it rewrites public.users under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

DROP TRIGGER gen_sync_traits ON public.traits;

DROP FUNCTION public.gen_sync_traits();

ALTER SEQUENCE public.traits_id_seq OWNED BY NONE;

ALTER TABLE public.traits DROP COLUMN id;

ALTER TABLE public.traits RENAME COLUMN gen_new_id TO id;

ALTER TABLE public.traits ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.traits DROP CONSTRAINT traits_gen_new_id_not_null;

ALTER SEQUENCE public.traits_id_seq OWNED BY NONE;

DROP TABLE public.users_legacy;

DROP TRIGGER gen_sync_users ON public.users;

DROP FUNCTION public.gen_sync_users();

ALTER TABLE public.users DROP COLUMN id;

ALTER TABLE public.users RENAME COLUMN gen_new_id TO id;

ALTER TABLE public.users ALTER COLUMN id SET DEFAULT nextval('users_id_seq');

ALTER TABLE public.users ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.users DROP CONSTRAINT users_gen_new_id_not_null;

ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_pkey_ccnew;

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;

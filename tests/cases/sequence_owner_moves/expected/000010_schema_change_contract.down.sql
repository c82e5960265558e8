-- 000010_schema_change_contract.down.sql
-- Reverts 000010_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - swap gen_new_id in for id on public.traits
--   - set the owner of sequence public.traits_id_seq
--   - drop table public.users_legacy
--   - swap gen_new_id in for id on public.users
--   - set the owner of sequence public.users_id_seq

SET LOCAL lock_timeout = '5s';

ALTER SEQUENCE public.users_id_seq OWNED BY NONE;

ALTER TABLE public.users DROP CONSTRAINT IF EXISTS users_pkey;

ALTER TABLE public.users ALTER COLUMN id DROP DEFAULT;

ALTER TABLE public.users ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.users ADD CONSTRAINT users_new_pkey PRIMARY KEY (id);

CREATE TABLE public.users_legacy (
    id integer DEFAULT nextval('users_id_seq') NOT NULL,
    email text,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE public.traits_id_seq OWNED BY public.traits.id;

ALTER TABLE public.traits ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.traits ALTER COLUMN id SET DEFAULT nextval('traits_id_seq');

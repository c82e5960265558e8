-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.memberships
--   - add constraint memberships_account_id_fkey on public.memberships
--   - add constraint memberships_user_id_fkey on public.memberships

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.memberships (
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    role text DEFAULT 'member' NOT NULL,
    CONSTRAINT memberships_pkey PRIMARY KEY (account_id, user_id)
);

ALTER TABLE public.memberships ADD CONSTRAINT memberships_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts (id) ON DELETE CASCADE;

ALTER TABLE public.memberships ADD CONSTRAINT memberships_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE;

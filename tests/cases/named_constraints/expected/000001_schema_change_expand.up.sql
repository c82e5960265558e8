-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.accounts
--   - create table public.users
--   - add constraint users_account_fk on public.users

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.accounts (
    id bigint NOT NULL,
    name text NOT NULL,
    domain text,
    CONSTRAINT accounts_domain_uq UNIQUE (domain),
    CONSTRAINT accounts_id_pk PRIMARY KEY (id),
    CONSTRAINT accounts_name_not_blank CHECK (length(TRIM(name)) > 0)
);

CREATE TABLE public.users (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    email text NOT NULL,
    CONSTRAINT users_email_per_account_uq UNIQUE (account_id, email),
    CONSTRAINT users_pk PRIMARY KEY (id)
);

ALTER TABLE public.users ADD CONSTRAINT users_account_fk FOREIGN KEY (account_id) REFERENCES public.accounts (id);

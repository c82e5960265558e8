-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.accounts
--   - create table public.shipments
--   - create table public.users
--   - add constraint shipments_account_region_fkey on public.shipments
--   - add constraint shipments_handled_by_fkey on public.shipments
--   - add constraint users_account_id_fkey on public.users
--   - add constraint users_manager_id_fkey on public.users

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.accounts (
    id bigint NOT NULL,
    region text NOT NULL,
    CONSTRAINT accounts_id_region_key UNIQUE (id, region),
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

CREATE TABLE public.shipments (
    id bigint NOT NULL,
    account_id bigint,
    region text,
    handled_by bigint,
    CONSTRAINT shipments_pkey PRIMARY KEY (id)
);

CREATE TABLE public.users (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    manager_id bigint,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);

ALTER TABLE public.shipments ADD CONSTRAINT shipments_account_region_fkey FOREIGN KEY (account_id, region) REFERENCES public.accounts (id, region) MATCH FULL ON DELETE RESTRICT;

ALTER TABLE public.shipments ADD CONSTRAINT shipments_handled_by_fkey FOREIGN KEY (handled_by) REFERENCES public.users (id) DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE public.users ADD CONSTRAINT users_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts (id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE public.users ADD CONSTRAINT users_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES public.users (id) ON DELETE SET NULL;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.UserAccounts
--   - create table public.order
--   - create table public.user
--   - add constraint order_user_fkey on public.order
--   - create index public.UserAccounts_createdAt_idx
--   - create index public.order_user_idx

SET LOCAL lock_timeout = '5s';

CREATE TABLE public."UserAccounts" (
    "Id" bigint NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "emailAddress" text NOT NULL,
    CONSTRAINT "UserAccounts_emailAddress_key" UNIQUE ("emailAddress"),
    CONSTRAINT "UserAccounts_pkey" PRIMARY KEY ("Id")
);

CREATE TABLE public."order" (
    id bigint NOT NULL,
    "user" bigint NOT NULL,
    "group" text,
    CONSTRAINT order_group_check CHECK ("group" <> ''),
    CONSTRAINT order_pkey PRIMARY KEY (id)
);

CREATE TABLE public."user" (
    id bigint NOT NULL,
    "select" text,
    "from" date,
    CONSTRAINT user_pkey PRIMARY KEY (id)
);

ALTER TABLE public."order" ADD CONSTRAINT order_user_fkey FOREIGN KEY ("user") REFERENCES public."user" (id);

CREATE INDEX "UserAccounts_createdAt_idx" ON public."UserAccounts" USING btree ("createdAt");

CREATE INDEX order_user_idx ON public."order" USING btree ("user");

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create schema billing
--   - create table billing.charges
--   - create table billing.customers
--   - add constraint charges_customer_id_fkey on billing.charges
--   - add constraint customers_user_id_fkey on billing.customers
--   - create index billing.charges_customer_id_idx

SET LOCAL lock_timeout = '5s';

CREATE SCHEMA billing;

CREATE TABLE billing.charges (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    amount_cents bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT charges_amount_cents_check CHECK (amount_cents > 0),
    CONSTRAINT charges_pkey PRIMARY KEY (id)
);

CREATE TABLE billing.customers (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    stripe_id text,
    CONSTRAINT customers_pkey PRIMARY KEY (id),
    CONSTRAINT customers_stripe_id_key UNIQUE (stripe_id)
);

ALTER TABLE billing.charges ADD CONSTRAINT charges_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES billing.customers (id) ON DELETE CASCADE;

ALTER TABLE billing.customers ADD CONSTRAINT customers_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id);

CREATE INDEX charges_customer_id_idx ON billing.charges USING btree (customer_id);

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE SCHEMA billing;

CREATE TABLE billing.customers (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES public.users (id),
    stripe_id text UNIQUE
);

CREATE TABLE billing.charges (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES billing.customers (id) ON DELETE CASCADE,
    amount_cents bigint NOT NULL CHECK (amount_cents > 0),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX charges_customer_id_idx ON billing.charges (customer_id);

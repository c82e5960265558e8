CREATE TABLE plans (
    id serial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name text NOT NULL,
    monthly_price_cents integer NOT NULL CHECK (monthly_price_cents >= 0)
);

CREATE TABLE subscriptions (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    plan_id integer NOT NULL REFERENCES plans (id),
    started_at timestamptz NOT NULL DEFAULT now(),
    cancelled_at timestamptz,
    CONSTRAINT subscriptions_dates_check CHECK (cancelled_at IS NULL OR cancelled_at >= started_at)
);

-- at most one live subscription per account
CREATE UNIQUE INDEX subscriptions_one_active_idx ON subscriptions (account_id) WHERE cancelled_at IS NULL;

CREATE TYPE tier AS ENUM ('free', 'team', 'pro');

CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    tier tier NOT NULL DEFAULT 'free',
    balance integer NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX accounts_tier_idx ON accounts (tier);

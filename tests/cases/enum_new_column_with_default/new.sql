CREATE TYPE subscription_state AS ENUM ('trialing', 'active', 'past_due', 'canceled');

CREATE TABLE subscriptions (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL,
    state subscription_state NOT NULL DEFAULT 'trialing'
);

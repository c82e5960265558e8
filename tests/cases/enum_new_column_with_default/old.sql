CREATE TABLE subscriptions (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL
);

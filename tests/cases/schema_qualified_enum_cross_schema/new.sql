CREATE SCHEMA ref;
CREATE SCHEMA sales;

CREATE TYPE ref.currency AS ENUM ('USD', 'EUR', 'GBP');

CREATE TABLE sales.price_lists (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    currency ref.currency NOT NULL DEFAULT 'USD'
);

CREATE TABLE sales.quotes (
    id bigint PRIMARY KEY,
    price_list_id bigint NOT NULL REFERENCES sales.price_lists (id),
    currency ref.currency NOT NULL,
    accepted_currencies ref.currency[] NOT NULL DEFAULT '{USD}'
);

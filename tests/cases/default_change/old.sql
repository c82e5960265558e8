CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    plan text NOT NULL DEFAULT 'free',
    seats integer NOT NULL DEFAULT 1
);

CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    plan text NOT NULL DEFAULT 'trial',
    seats integer NOT NULL DEFAULT 5
);

CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    plan text NOT NULL,
    seats integer NOT NULL DEFAULT 1
);

CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    username citext UNIQUE
);

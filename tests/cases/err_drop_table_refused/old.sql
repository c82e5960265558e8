CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE TABLE legacy_sessions (
    id bigint PRIMARY KEY,
    token text NOT NULL
);

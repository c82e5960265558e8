CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE TABLE legacy_sessions (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    token text NOT NULL
);

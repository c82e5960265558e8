CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    full_name text
);

CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

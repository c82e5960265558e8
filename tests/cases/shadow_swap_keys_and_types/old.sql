CREATE TYPE country AS ENUM ('DE', 'FR', 'IT');

CREATE TABLE users (id integer PRIMARY KEY, name text);

-- references users(id) and stays as it is; its name sorts before users
CREATE TABLE accounts (id integer PRIMARY KEY, user_id bigint REFERENCES users (id));

-- references users(id) and is dropped: the swap runs while it is there, so that the down adds
-- its foreign key back after creating it again
CREATE TABLE audits (id integer PRIMARY KEY, user_id integer REFERENCES users (id));

CREATE TABLE addresses (
    id integer PRIMARY KEY,
    country country NOT NULL DEFAULT 'DE'
);

CREATE TABLE profiles (id integer CONSTRAINT profiles_pkey PRIMARY KEY, x integer);

-- Columns of large tables that change type go through shadow columns, swapped in at contract:
-- - users.id becomes bigint: the swap drops the primary key with the old column and adds it
--   back, and its down drops the foreign key of accounts before the key and adds the key back
--   before the foreign key;
-- - addresses.country takes another enum type: the old type is dropped after the swap drops
--   the old column;
-- - profiles.id loses its primary key, whose name a new table takes: created after the swap
--   frees it;
-- - audits, which references users(id), is dropped.
CREATE TYPE addresses_country AS ENUM ('DE', 'FR', 'IT');

CREATE TABLE users (id bigint PRIMARY KEY, name text);

CREATE TABLE accounts (id integer PRIMARY KEY, user_id bigint REFERENCES users (id));

CREATE TABLE addresses (
    id integer PRIMARY KEY,
    country addresses_country NOT NULL DEFAULT 'DE'
);

CREATE TABLE profiles (id bigint NOT NULL, x integer);

CREATE TABLE profiles_archive (id bigint CONSTRAINT profiles_pkey PRIMARY KEY);

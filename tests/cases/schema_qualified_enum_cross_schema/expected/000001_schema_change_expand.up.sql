-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create schema ref
--   - create schema sales
--   - create type ref.currency
--   - create table sales.price_lists
--   - create table sales.quotes
--   - add constraint quotes_price_list_id_fkey on sales.quotes

SET LOCAL lock_timeout = '5s';

CREATE SCHEMA ref;

CREATE SCHEMA sales;

CREATE TYPE ref.currency AS ENUM ('USD', 'EUR', 'GBP');

CREATE TABLE sales.price_lists (
    id bigint NOT NULL,
    name text NOT NULL,
    currency ref.currency DEFAULT 'USD' NOT NULL,
    CONSTRAINT price_lists_pkey PRIMARY KEY (id)
);

CREATE TABLE sales.quotes (
    id bigint NOT NULL,
    price_list_id bigint NOT NULL,
    currency ref.currency NOT NULL,
    accepted_currencies ref.currency[] DEFAULT '{USD}' NOT NULL,
    CONSTRAINT quotes_pkey PRIMARY KEY (id)
);

ALTER TABLE sales.quotes ADD CONSTRAINT quotes_price_list_id_fkey FOREIGN KEY (price_list_id) REFERENCES sales.price_lists (id);

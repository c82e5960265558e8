-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create schema ref
--   - create schema sales
--   - create type ref.currency
--   - create table sales.price_lists
--   - create table sales.quotes
--   - add constraint quotes_price_list_id_fkey on sales.quotes

SET LOCAL lock_timeout = '5s';

ALTER TABLE sales.quotes DROP CONSTRAINT quotes_price_list_id_fkey;

DROP TABLE sales.quotes;

DROP TABLE sales.price_lists;

DROP TYPE ref.currency;

DROP SCHEMA sales;

DROP SCHEMA ref;

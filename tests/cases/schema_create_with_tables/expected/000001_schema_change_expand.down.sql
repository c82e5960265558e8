-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create schema billing
--   - create table billing.charges
--   - create table billing.customers
--   - add constraint charges_customer_id_fkey on billing.charges
--   - add constraint customers_user_id_fkey on billing.customers
--   - create index billing.charges_customer_id_idx

SET LOCAL lock_timeout = '5s';

DROP INDEX billing.charges_customer_id_idx;

ALTER TABLE billing.customers DROP CONSTRAINT customers_user_id_fkey;

ALTER TABLE billing.charges DROP CONSTRAINT charges_customer_id_fkey;

DROP TABLE billing.customers;

DROP TABLE billing.charges;

DROP SCHEMA billing;

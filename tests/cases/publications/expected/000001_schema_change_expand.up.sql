-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create schema reporting
--   - create publication reports
--   - create table reporting.daily
--   - drop publication billing (to create it again)
--   - create again publication billing
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

CREATE SCHEMA reporting;

CREATE PUBLICATION reports FOR TABLES IN SCHEMA reporting WITH (publish_via_partition_root = true);

CREATE TABLE reporting.daily (
    day date NOT NULL,
    total numeric NOT NULL,
    CONSTRAINT daily_pkey PRIMARY KEY (day)
);

DROP PUBLICATION billing;

CREATE PUBLICATION billing WITH (publish = 'insert, update, delete, truncate');
ALTER PUBLICATION billing ADD TABLE ONLY public.accounts;
ALTER PUBLICATION billing ADD TABLE ONLY public.invoices;

COMMENT ON PUBLICATION billing IS 'to the warehouse';

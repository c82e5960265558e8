-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create schema reporting
--   - create publication reports
--   - create table reporting.daily
--   - drop publication billing (to create it again)
--   - create again publication billing

SET LOCAL lock_timeout = '5s';

DROP PUBLICATION billing;

CREATE PUBLICATION billing FOR TABLE accounts, audit_old;

COMMENT ON PUBLICATION billing IS 'to the warehouse';

DROP TABLE reporting.daily;

DROP PUBLICATION reports;

DROP SCHEMA reporting;

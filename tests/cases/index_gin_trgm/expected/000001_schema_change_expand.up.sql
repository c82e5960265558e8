-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create extension pg_trgm

SET LOCAL lock_timeout = '5s';

CREATE EXTENSION pg_trgm;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create extension pg_trgm

CREATE EXTENSION pg_trgm;

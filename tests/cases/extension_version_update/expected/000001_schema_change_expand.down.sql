-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - alter extension pg_trgm

SET LOCAL lock_timeout = '5s';

DROP EXTENSION pg_trgm;

CREATE EXTENSION pg_trgm VERSION '1.5';

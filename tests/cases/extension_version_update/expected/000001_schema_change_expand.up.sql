-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - alter extension pg_trgm
--
-- Hazards (locks, rewrites, scans):
--   - [lossy-down] the down migration recreates extension pg_trgm at version 1.5 (no downgrade path is assumed); it fails if objects depend on the extension

SET LOCAL lock_timeout = '5s';

ALTER EXTENSION pg_trgm UPDATE TO '1.6';

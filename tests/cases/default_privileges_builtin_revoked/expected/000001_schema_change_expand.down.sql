-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - grant default privilege EXECUTE on functions to gen_app_reader
--   - grant USAGE on SCHEMA public to gen_app_reader

SET LOCAL lock_timeout = '5s';

REVOKE USAGE ON SCHEMA public FROM gen_app_reader;

ALTER DEFAULT PRIVILEGES FOR ROLE gen_app_owner IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM gen_app_reader;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - grant default privilege EXECUTE on functions to gen_app_reader
--   - grant USAGE on SCHEMA public to gen_app_reader
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

ALTER DEFAULT PRIVILEGES FOR ROLE gen_app_owner IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO gen_app_reader;

GRANT USAGE ON SCHEMA public TO gen_app_reader;

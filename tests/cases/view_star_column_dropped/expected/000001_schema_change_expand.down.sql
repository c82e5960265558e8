-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - drop view public.user_emails (to create it again)
--   - drop view public.all_users (to create it again)

SET LOCAL lock_timeout = '5s';

CREATE VIEW all_users AS SELECT * FROM users;

CREATE VIEW user_emails AS SELECT id, email FROM all_users;

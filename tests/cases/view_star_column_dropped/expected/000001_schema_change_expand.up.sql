-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - drop view public.user_emails (to create it again)
--   - drop view public.all_users (to create it again)
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

DROP VIEW public.user_emails;

DROP VIEW public.all_users;

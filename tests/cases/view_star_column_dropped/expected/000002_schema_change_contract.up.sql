-- 000002_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop column public.users.role
--   - create again view public.all_users
--   - create again view public.user_emails
--
-- Hazards (locks, rewrites, scans):
--   - [deletes-data] ACCESS EXCLUSIVE lock on public.users, brief; deletes the column's values

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users DROP COLUMN role;

CREATE VIEW all_users AS SELECT * FROM users;

CREATE VIEW user_emails AS SELECT id, email FROM all_users;

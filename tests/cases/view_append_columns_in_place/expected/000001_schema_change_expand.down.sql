-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add column public.users.role
--   - replace view public.all_users (columns appended; the down drops it and what depends on it, and creates them again)
--   - replace view public.active_users (columns appended; the down drops it and what depends on it, and creates them again)

SET LOCAL lock_timeout = '5s';

DROP MATERIALIZED VIEW public.user_count;

REVOKE SELECT ON TABLE public.active_users FROM PUBLIC;

DROP TRIGGER active_users_insert ON public.active_users;

DROP VIEW public.user_ids;

DROP VIEW public.active_users;

CREATE VIEW active_users AS SELECT id, email FROM users WHERE id > 0;

COMMENT ON VIEW public.active_users IS 'users that count';

CREATE VIEW user_ids AS SELECT id FROM active_users;

CREATE MATERIALIZED VIEW user_count AS SELECT count(*) AS n FROM active_users;

DROP VIEW public.all_users;

ALTER TABLE public.users DROP COLUMN role;

CREATE VIEW all_users AS SELECT * FROM users;

CREATE TRIGGER active_users_insert INSTEAD OF INSERT ON active_users
    FOR EACH ROW EXECUTE FUNCTION active_users_insert();

GRANT SELECT ON TABLE public.active_users TO PUBLIC;

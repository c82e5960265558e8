-- A view gains columns at the end of its output list: CREATE OR REPLACE VIEW keeps it, and so
-- its privileges, comment, INSTEAD OF trigger and the views and materialized views reading it.
CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, name text);

CREATE VIEW active_users AS SELECT id, email FROM users WHERE id > 0;
COMMENT ON VIEW active_users IS 'users that count';
GRANT SELECT ON active_users TO PUBLIC;

CREATE FUNCTION active_users_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO users (id, email) VALUES (NEW.id, NEW.email);
    RETURN NEW;
END
$$;
CREATE TRIGGER active_users_insert INSTEAD OF INSERT ON active_users
    FOR EACH ROW EXECUTE FUNCTION active_users_insert();

CREATE VIEW user_ids AS SELECT id FROM active_users;
CREATE MATERIALIZED VIEW user_count AS SELECT count(*) AS n FROM active_users;

-- A `*` view over a table that gains a column.
CREATE VIEW all_users AS SELECT * FROM users;

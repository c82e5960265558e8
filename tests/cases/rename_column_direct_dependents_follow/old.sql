-- A column renamed in place (--column-renames direct): PostgreSQL keeps every
-- reference by OID, so triggers, policies, privileges, indexes and views follow; a view whose
-- output column took the column's name gets ALTER VIEW ... RENAME COLUMN; a view that also
-- changes otherwise is dropped before the renames and created after them.
CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, name text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER users_touch BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER users_email_touch BEFORE UPDATE OF email, name ON users
    FOR EACH ROW WHEN (NEW.email IS NOT NULL) EXECUTE FUNCTION touch();
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_row ON users USING (email = current_user);
CREATE INDEX users_lower_email_idx ON users (lower(email));
GRANT SELECT (email), SELECT (name) ON users TO PUBLIC;
COMMENT ON COLUMN users.email IS 'where mail goes';
CREATE VIEW user_emails AS SELECT id, email FROM users WHERE email LIKE '%@example.com';
CREATE VIEW user_names AS SELECT u.email AS contact, u.name FROM users u;
CREATE VIEW user_count AS SELECT count(*) AS n FROM users;

-- A column renamed in place (--column-renames direct): PostgreSQL keeps every
-- reference by OID, so triggers, policies, privileges, indexes and views follow; a view whose
-- output column took the column's name gets ALTER VIEW ... RENAME COLUMN; a view that also
-- changes otherwise is dropped before the renames and created after them.
CREATE TABLE users (id int PRIMARY KEY,
    -- @renamed from=email
    mail text NOT NULL,
    name text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER users_touch BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER users_email_touch BEFORE UPDATE OF mail, name ON users
    FOR EACH ROW WHEN (NEW.mail IS NOT NULL) EXECUTE FUNCTION touch();
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_row ON users USING (mail = current_user);
CREATE INDEX users_lower_email_idx ON users (lower(mail));
GRANT SELECT (mail), SELECT (name) ON users TO PUBLIC;
COMMENT ON COLUMN users.mail IS 'where mail goes';
CREATE VIEW user_emails AS SELECT id, mail FROM users WHERE mail LIKE '%@example.com';
CREATE VIEW user_names AS SELECT u.mail AS contact, u.name FROM users u;
CREATE VIEW user_count AS SELECT count(*) AS n FROM users WHERE name IS NOT NULL;

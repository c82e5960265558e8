-- A renamed table (and a column of it, renamed in place with it): PostgreSQL keeps every
-- reference by OID, so triggers, policies, privileges, indexes and views follow; a view whose
-- output column took the column's name gets ALTER VIEW ... RENAME COLUMN; a view that also
-- changes otherwise is dropped before the renames and created after them.
-- @renamed from=users
CREATE TABLE accounts (id int PRIMARY KEY,
    -- @renamed from=email
    mail text NOT NULL,
    name text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER users_touch BEFORE INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER users_email_touch BEFORE UPDATE OF mail, name ON accounts
    FOR EACH ROW WHEN (NEW.mail IS NOT NULL) EXECUTE FUNCTION touch();
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_row ON accounts USING (mail = current_user);
CREATE INDEX users_lower_email_idx ON accounts (lower(mail));
GRANT SELECT (mail), SELECT (name) ON accounts TO PUBLIC;
COMMENT ON COLUMN accounts.mail IS 'where mail goes';
CREATE VIEW user_emails AS SELECT id, mail FROM accounts WHERE mail LIKE '%@example.com';
CREATE VIEW user_names AS SELECT u.mail AS contact, u.name FROM accounts u;
CREATE VIEW user_count AS SELECT count(*) AS n FROM accounts WHERE name IS NOT NULL;

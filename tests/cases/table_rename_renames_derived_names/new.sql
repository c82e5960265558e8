CREATE TABLE orgs (id int PRIMARY KEY);
-- @renamed from=users
CREATE TABLE people (
    id serial PRIMARY KEY,
    email text UNIQUE,
    org_id int REFERENCES orgs (id),
    CHECK (email <> '')
);
CREATE INDEX ON people (org_id);

CREATE TABLE orgs (id int PRIMARY KEY);
CREATE TABLE users (
    id serial PRIMARY KEY,
    email text UNIQUE,
    org_id int REFERENCES orgs (id),
    CHECK (email <> '')
);
CREATE INDEX ON users (org_id);

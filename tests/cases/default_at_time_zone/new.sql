-- A column DEFAULT cannot hold AT TIME ZONE bare: the parentheses must survive into the migration.
CREATE TABLE audit (
    id integer PRIMARY KEY,
    created_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'utc')
);
CREATE TABLE audit_archive (
    id integer PRIMARY KEY,
    archived_at timestamp DEFAULT (now() AT TIME ZONE 'utc')
);

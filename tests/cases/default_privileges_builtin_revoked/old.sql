-- Built-in default privileges revoked, as pg_dump writes them: PUBLIC's USAGE on schema
-- public, and, for every schema, PUBLIC's EXECUTE on new functions and a role's own privileges.
CREATE TABLE accounts (id bigint PRIMARY KEY);

-- Built-in default privileges revoked, as pg_dump writes them: PUBLIC's USAGE on schema
-- public, and, for every schema, PUBLIC's EXECUTE on new functions and a role's own privileges.
CREATE TABLE accounts (id bigint PRIMARY KEY);

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO gen_app_reader;

ALTER DEFAULT PRIVILEGES FOR ROLE gen_app_owner REVOKE ALL ON FUNCTIONS  FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE gen_app_owner REVOKE ALL ON TYPES  FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE gen_app_owner REVOKE TRUNCATE ON TABLES  FROM gen_app_owner;
-- per schema: only adds to the defaults above
ALTER DEFAULT PRIVILEGES FOR ROLE gen_app_owner IN SCHEMA public GRANT ALL ON FUNCTIONS  TO gen_app_reader;

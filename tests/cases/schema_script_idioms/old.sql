-- Idioms of schema scripts shipped with applications (icinga2's, kea's):
-- @dhcpdb_create.pgsql
-- a comment that starts with `@` but is no directive of gen's is an ordinary comment
CREATE TABLE schema_version (version text NOT NULL);
CREATE FUNCTION update_db_version(v text) RETURNS void AS $$
BEGIN
  DELETE FROM schema_version;
  INSERT INTO schema_version VALUES (v);
END;
$$ LANGUAGE plpgsql;
-- a query that records the script's version: data, skipped with a note
SELECT update_db_version('1.0');

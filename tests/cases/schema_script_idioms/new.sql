-- @dhcpdb_create.pgsql
-- @param v the version
CREATE TABLE schema_version (version text NOT NULL, applied_at timestamptz);
CREATE FUNCTION update_db_version(v text) RETURNS void AS $$
BEGIN
  DELETE FROM schema_version;
  INSERT INTO schema_version VALUES (v);
END;
$$ LANGUAGE plpgsql;
SELECT update_db_version('1.1');

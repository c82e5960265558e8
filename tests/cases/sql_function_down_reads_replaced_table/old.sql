-- A SQL-language function reads a table that the change replaces by another (graphile-worker's
-- rename of `jobs` to `_private_jobs`, written without @renamed). The new table takes the old
-- one's key name, so the old table goes first in the up; in the down, the old body comes back
-- before the old table does, and PostgreSQL must not check it there.
CREATE TABLE jobs (id bigint PRIMARY KEY, locked_by text);
CREATE FUNCTION force_unlock(workers text[]) RETURNS void AS $$
update jobs set locked_by = null where locked_by = any(workers);
$$ LANGUAGE sql VOLATILE;

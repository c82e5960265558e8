ALTER TABLE projects ALTER COLUMN slug SET NOT NULL;

CREATE UNIQUE INDEX CONCURRENTLY projects_account_id_slug_idx ON projects (account_id, slug);
ALTER TABLE projects ADD CONSTRAINT projects_account_id_slug_key UNIQUE USING INDEX projects_account_id_slug_idx;

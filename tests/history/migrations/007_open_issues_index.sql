-- issues is large in production: build the index without blocking writes
CREATE INDEX CONCURRENTLY issues_open_idx ON issues (project_id, created_at DESC) WHERE status <> 'closed';

COMMENT ON TABLE tasks IS 'Work items of a project (called issues before 2024).';
COMMENT ON COLUMN tasks.status IS 'open -> in_progress -> closed';
COMMENT ON TABLE accounts IS NULL;
COMMENT ON VIEW project_stats IS 'Open task counts per live project, for the dashboard.';
COMMENT ON INDEX tasks_search_idx IS 'Full-text search over title and body.';

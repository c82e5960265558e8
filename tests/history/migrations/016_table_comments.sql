COMMENT ON TABLE accounts IS 'A customer organisation: the tenant of every other row.';
COMMENT ON COLUMN users.email IS 'Login e-mail, unique without regard to case.';
COMMENT ON TABLE audit_log IS 'Append-only log of what users did, partitioned by month.';
COMMENT ON VIEW project_stats IS 'Open issue counts per live project, for the dashboard.';
COMMENT ON TYPE issue_status IS 'Where an issue is in its life.';

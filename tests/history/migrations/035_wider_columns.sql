-- project_stats reads projects.name: PostgreSQL wants the view out of the way
DROP VIEW project_stats;
ALTER TABLE projects ALTER COLUMN name TYPE varchar(200);
CREATE VIEW project_stats AS
SELECT p.id AS project_id, p.name, count(o.id) AS open_issue_count, max(o.created_at) AS last_opened_at
FROM projects p
LEFT JOIN open_issues o ON o.project_id = p.id
WHERE NOT p.archived
GROUP BY p.id, p.name;
COMMENT ON VIEW project_stats IS 'Open issue counts per live project, for the dashboard.';

-- prices above 21 million dollars a month, one day
ALTER TABLE plans ALTER COLUMN monthly_price_cents TYPE bigint;

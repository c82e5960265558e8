-- built on open_issues: a view over a view
CREATE VIEW project_stats AS
SELECT p.id AS project_id, p.name, count(o.id) AS open_issue_count, max(o.created_at) AS last_opened_at
FROM projects p
LEFT JOIN open_issues o ON o.project_id = p.id
WHERE NOT p.archived
GROUP BY p.id, p.name;

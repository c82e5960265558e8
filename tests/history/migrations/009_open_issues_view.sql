CREATE VIEW open_issues AS
SELECT i.id, i.project_id, i.title, i.status, i.created_at
FROM issues i
WHERE i.status <> 'closed';

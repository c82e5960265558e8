-- the view keeps its old name (dashboards use it); it now shows the priority too
CREATE OR REPLACE VIEW open_issues AS
SELECT i.id, i.project_id, i.title, i.status, i.created_at, i.priority
FROM tasks i
WHERE i.status <> 'closed';

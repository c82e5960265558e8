-- "low" is gone (no task has it any more): the type is rebuilt without it, and the views over
-- the column with it
DROP VIEW project_stats;
DROP VIEW open_issues;
DROP INDEX tasks_high_priority_idx;
ALTER TABLE tasks ALTER COLUMN priority DROP DEFAULT;
ALTER TYPE task_priority RENAME TO task_priority_old;
CREATE TYPE task_priority AS ENUM ('normal', 'high', 'urgent');
ALTER TABLE tasks ALTER COLUMN priority TYPE task_priority USING priority::text::task_priority;
ALTER TABLE tasks ALTER COLUMN priority SET DEFAULT 'normal';
DROP TYPE task_priority_old;
CREATE INDEX tasks_high_priority_idx ON tasks (project_id) WHERE priority IN ('high', 'urgent');

CREATE VIEW open_issues AS
SELECT i.id, i.project_id, i.title, i.status, i.created_at, i.priority
FROM tasks i
WHERE i.status <> 'closed';

CREATE VIEW project_stats AS
SELECT p.id AS project_id, p.name, count(o.id) AS open_issue_count, max(o.created_at) AS last_opened_at,
       count(o.id) FILTER (WHERE o.priority IN ('high', 'urgent')) AS urgent_count
FROM projects p
LEFT JOIN open_issues o ON o.project_id = p.id
WHERE NOT p.archived
GROUP BY p.id, p.name;
COMMENT ON VIEW project_stats IS 'Open task counts per live project, for the dashboard.';

CREATE TYPE task_priority AS ENUM ('low', 'normal', 'high');

ALTER TABLE tasks ADD COLUMN priority task_priority NOT NULL DEFAULT 'normal';

CREATE INDEX tasks_high_priority_idx ON tasks (project_id) WHERE priority = 'high';

ALTER TABLE tasks ADD COLUMN due_on date;
ALTER TABLE tasks ADD CONSTRAINT tasks_due_on_check CHECK (due_on IS NULL OR due_on >= created_at::date);

CREATE INDEX tasks_due_on_idx ON tasks (due_on) WHERE status <> 'closed' AND due_on IS NOT NULL;

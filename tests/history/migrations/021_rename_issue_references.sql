ALTER TABLE comments RENAME COLUMN issue_id TO task_id;

ALTER TABLE issue_labels RENAME TO task_labels;
ALTER TABLE task_labels RENAME COLUMN issue_id TO task_id;

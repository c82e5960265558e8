CREATE TABLE task_watchers (
    task_id bigint NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (task_id, user_id)
);

CREATE INDEX task_watchers_user_id_idx ON task_watchers (user_id);
COMMENT ON TABLE task_watchers IS 'Who gets notified when a task changes.';

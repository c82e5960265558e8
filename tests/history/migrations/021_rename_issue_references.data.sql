INSERT INTO tasks (project_id, reporter_id, title, status, created_at, updated_at) VALUES
    (3, 4, 'Hammock district', 'open', '2024-02-01 10:00:00+00', '2024-02-01 10:00:00+00');
INSERT INTO comments (task_id, author_id, body, created_at) VALUES
    (6, 3, 'Approved.', '2024-02-01 11:00:00+00');

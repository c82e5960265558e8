INSERT INTO task_watchers (task_id, user_id, created_at) VALUES
    (1, 1, '2024-06-01 00:00:00+00'),
    (1, 2, '2024-06-01 00:00:00+00'),
    (6, 4, '2024-06-02 00:00:00+00');

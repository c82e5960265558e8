INSERT INTO tasks (id, priority, status, paid_at) VALUES
    (1, 'high', 'paid', '2024-01-01'),
    (2, 'normal', 'open', NULL);

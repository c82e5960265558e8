INSERT INTO audit_log (account_id, actor_id, action, created_at) VALUES
    (1, 1, 'user.login', '2024-03-05 08:00:00+00'),
    (2, 3, 'user.login', '2024-04-01 00:00:00+00');

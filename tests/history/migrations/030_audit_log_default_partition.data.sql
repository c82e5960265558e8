INSERT INTO audit_log (account_id, actor_id, action, created_at) VALUES
    (1, 2, 'user.login', '2024-05-02 08:00:00+00'),
    (3, NULL, 'import', '2019-07-01 00:00:00+00');

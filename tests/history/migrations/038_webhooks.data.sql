INSERT INTO webhooks (account_id, url, events, secret, created_at) VALUES
    (1, 'https://hooks.acme.test/gen', '{task.created,task.closed}', 's3cr3t', '2024-03-10 00:00:00+00'),
    (2, 'https://globex.test/hook', '{}', 'hunter2', '2024-03-11 00:00:00+00');

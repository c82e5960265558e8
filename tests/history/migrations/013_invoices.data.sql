INSERT INTO invoices (account_id, subscription_id, status, amount_cents, currency, issued_at, due_at) VALUES
    (1, 1, 'paid', 2900, 'USD', '2023-12-01 00:00:00+00', '2023-12-15 00:00:00+00'),
    (1, 2, 'open', 9900, 'USD', '2024-02-01 00:00:00+00', '2024-02-15 00:00:00+00'),
    (2, 3, 'paid', 2900, 'EUR', '2024-01-14 00:00:00+00', '2024-01-28 00:00:00+00'),
    (2, 3, 'draft', 2900, 'EUR', NULL, NULL);

INSERT INTO invitations (account_id, email, token, created_at) VALUES
    (2, 'bart@globex.test', 'tok-aaa', '2024-01-15 00:00:00+00');

INSERT INTO plans (code, name, monthly_price_cents) VALUES
    ('free', 'Free', 0),
    ('team', 'Team', 2900),
    ('business', 'Business', 9900);

INSERT INTO subscriptions (account_id, plan_id, started_at, cancelled_at) VALUES
    (1, 2, '2023-11-02 09:00:00+00', '2024-01-01 00:00:00+00'),
    (1, 3, '2024-01-01 00:00:00+00', NULL),
    (2, 2, '2023-12-14 15:30:00+00', NULL),
    (3, 1, '2024-01-05 08:15:00+00', NULL);

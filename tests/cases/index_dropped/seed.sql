INSERT INTO orders (id, customer_id, status, total_cents, created_at, shipped_at) VALUES
    (1, 100, 'pending', 1500, '2024-01-01 10:00+00', NULL),
    (2, 100, 'shipped', 2500, '2024-01-02 11:00+00', '2024-01-03 09:00+00'),
    (3, 200, 'pending', 990, '2024-01-05 12:00+00', NULL),
    (4, 300, 'canceled', 0, '2024-01-06 08:30+00', NULL);

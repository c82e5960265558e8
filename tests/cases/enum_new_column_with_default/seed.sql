INSERT INTO subscriptions (id, account_id) VALUES
    (1, 10),
    (2, 20),
    (3, 30);

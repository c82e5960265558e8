INSERT INTO orders (id, customer_email, total_cents) VALUES
    (1, 'alice@example.com', 1500),
    (2, 'bob@example.com', 250),
    (3, 'alice@example.com', 9900);

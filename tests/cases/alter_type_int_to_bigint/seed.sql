INSERT INTO order_items (id, order_id, quantity) VALUES
    (1, 10, 2),
    (2, 10, 1),
    (3, 2000000000, 5);

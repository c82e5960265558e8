INSERT INTO products (id, price_cents, discount_cents) VALUES
    (1, 1000, 0),
    (2, 2500, 500),
    (3, 10, 10);

INSERT INTO line_items (id, quantity, unit_price_cents) VALUES
    (1, 2, 500),
    (2, 1, 1999),
    (3, 10, 3);

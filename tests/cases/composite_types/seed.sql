INSERT INTO customers (id, name, home) VALUES
    (1, 'ada', ROW('1 Main St', '12345', 'Springfield', 3)),
    (2, 'bob', NULL);

INSERT INTO customers VALUES (1, 'a@x', 1), (2, 'b@x', 2), (3, 'c@x', NULL);
INSERT INTO orders VALUES (1, 'c@x');

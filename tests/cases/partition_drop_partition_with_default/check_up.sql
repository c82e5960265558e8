SELECT count(*) = 2 FROM orders;
INSERT INTO orders VALUES (5, 'done', 5);
SELECT count(*) = 2 FROM orders_other;

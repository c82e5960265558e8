SELECT count(*) IN (3, 5) FROM customers;
SELECT (SELECT mail FROM customers WHERE id = 3) = 'c@x';

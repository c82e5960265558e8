SELECT string_agg(id || ':' || email, ',' ORDER BY id) = '1:a@x,2:b@x,3:c@x' FROM customers;
SELECT count(*) = 1 FROM orders o JOIN customers c ON c.email = o.customer_mail;

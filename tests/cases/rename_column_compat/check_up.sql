SELECT string_agg(id || ':' || email || ':' || coalesce(points::text, '-'), ',' ORDER BY id) = '1:changed@old:1,2:changed@new:7,3:c@x:-,10:old@app:0,11:new@app:5' FROM customers;
SELECT count(*) = 2 FROM orders o JOIN customers c ON c.email = o.customer_mail;

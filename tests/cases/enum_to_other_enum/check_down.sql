SELECT (SELECT status::text FROM orders WHERE id = 2) = 'shipped';

SELECT count(*) = 4 FROM orders;
SELECT count(*) = 2 FROM orders WHERE status = 'shipped';
SELECT (SELECT status::text FROM orders WHERE id = 3) = 'delivered';
SELECT enum_range(NULL::order_status)::text = '{pending,shipped,delivered}';

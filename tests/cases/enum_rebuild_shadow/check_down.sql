SELECT enum_range(NULL::order_state)::text = '{new,paid,shipped,lost}';
SELECT count(*) IN (4, 6) FROM orders;
SELECT (SELECT state FROM orders WHERE id = 2) = 'paid';
SELECT (SELECT history FROM orders WHERE id = 3)::text = '{new,paid,shipped}';
SELECT (SELECT state FROM audit WHERE id = 1) = 'paid';

SELECT pg_typeof(to_euros(1))::text = 'numeric';
SELECT (SELECT euros FROM price_list WHERE id = 2) = 10;

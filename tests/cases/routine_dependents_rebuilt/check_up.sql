SELECT (SELECT euros FROM price_list WHERE id = 1) = 2.5;
SELECT pg_typeof(to_euros(1))::text = 'double precision';
SELECT with_vat(100) = 1.2;

SELECT count(*) = 4 FROM orders;
SELECT sum(total_cents) = 4990 FROM orders;
SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.orders_created_at_brin'::regclass;
SELECT pg_get_indexdef('public.orders_created_at_brin'::regclass) LIKE '%USING brin%';

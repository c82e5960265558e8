SELECT count(*) = 4 FROM orders;
SELECT sum(total_cents) = 4990 FROM orders;
SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.orders_lookup_idx'::regclass;
SELECT pg_get_indexdef('public.orders_lookup_idx'::regclass) LIKE '%(customer_id)';

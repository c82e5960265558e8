SELECT count(*) = 4 FROM orders;
SELECT sum(total_cents) = 4990 FROM orders;
SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.orders_customer_recent_idx'::regclass;
SELECT pg_get_indexdef('public.orders_customer_recent_idx'::regclass) LIKE '%created_at DESC NULLS LAST%INCLUDE (total_cents, status)%';

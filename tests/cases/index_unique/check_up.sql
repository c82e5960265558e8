SELECT count(*) = 4 FROM orders;
SELECT sum(total_cents) = 4990 FROM orders;
SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.orders_customer_created_at_key'::regclass;
SELECT indisunique FROM pg_index WHERE indexrelid = 'public.orders_customer_created_at_key'::regclass;

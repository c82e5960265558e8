SELECT count(*) = 4 FROM orders;
SELECT sum(total_cents) = 4990 FROM orders;
SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.orders_unshipped_idx'::regclass;
SELECT indpred IS NOT NULL FROM pg_index WHERE indexrelid = 'public.orders_unshipped_idx'::regclass;

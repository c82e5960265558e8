SELECT count(*) = 4 FROM orders;
SELECT sum(total_cents) = 4990 FROM orders;
SELECT to_regclass('public.orders_customer_recent_idx') IS NULL;

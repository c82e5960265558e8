SELECT count(*) = 4 FROM orders;
SELECT sum(total_cents) = 4990 FROM orders;
SELECT to_regclass('public.orders_created_at_brin') IS NULL;

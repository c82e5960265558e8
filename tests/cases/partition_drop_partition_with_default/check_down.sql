SELECT count(*) = 2 FROM orders WHERE status IN ('open', 'lost');
SELECT EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = 'orders_done'::regclass);

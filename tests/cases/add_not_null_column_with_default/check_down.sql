SELECT count(*) = 3 FROM orders;
SELECT sum(total_cents) = 11650 FROM orders;
SELECT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'orders' AND column_name = 'status');

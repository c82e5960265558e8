SELECT count(*) = 3 FROM users;
SELECT count(*) = 3 FROM orders;
SELECT sum(total_cents) = 3500 FROM orders;
SELECT to_regclass('public.refunds') IS NULL;
SELECT to_regclass('public.orders_user_id_idx') IS NULL;
SELECT NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'orders_user_id_fkey');
SELECT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users' AND column_name = 'email_domain');
SELECT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users' AND column_name = 'display_name');

SELECT count(*) = 3 FROM users WHERE display_name IS NULL;
SELECT (SELECT email_domain FROM users WHERE id = 3) = 'example.org';
SELECT count(*) = 2 FROM users WHERE email_domain = 'example.com';
SELECT count(*) = 3 FROM orders;
SELECT sum(total_cents) = 3500 FROM orders;
SELECT convalidated FROM pg_constraint WHERE conname = 'orders_user_id_fkey';
SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.orders_user_id_idx'::regclass;
SELECT count(*) = 0 FROM refunds;
SELECT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'orders' AND column_name = 'legacy_ref');

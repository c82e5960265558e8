SELECT count(*) = 3 FROM users;
SELECT to_regclass('billing.charges') IS NOT NULL;
SELECT to_regclass('billing.charges_customer_id_idx') IS NOT NULL;
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'billing.charges'::regclass AND conname = 'charges_customer_id_fkey');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'billing.customers'::regclass AND conname = 'customers_stripe_id_key');

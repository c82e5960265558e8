SELECT count(*) = 3 FROM subscriptions;
SELECT to_regtype('public.subscription_state') IS NULL;
SELECT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'subscriptions' AND column_name = 'state');

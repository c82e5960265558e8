SELECT count(*) = 2 FROM "UserAccounts";
SELECT count(*) = 3 FROM "order";
SELECT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'order' AND column_name = 'select');
SELECT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'UserAccounts' AND column_name = 'lastLoginAt');

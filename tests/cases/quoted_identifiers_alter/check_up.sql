SELECT count(*) = 2 FROM "UserAccounts" WHERE "lastLoginAt" IS NULL;
SELECT count(*) = 3 FROM "order" WHERE NOT "select";
SELECT to_regclass('public."UserAccounts_emailAddress_idx"') IS NOT NULL;
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public."order"'::regclass AND conname = 'order_user_fkey');

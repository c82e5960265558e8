SELECT to_regclass('public."UserAccounts"') IS NOT NULL;
SELECT to_regclass('public."UserAccounts_createdAt_idx"') IS NOT NULL;
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public."UserAccounts"'::regclass AND conname = 'UserAccounts_pkey');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public."UserAccounts"'::regclass AND conname = 'UserAccounts_emailAddress_key');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public."order"'::regclass AND conname = 'order_user_fkey');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public."order"'::regclass AND conname = 'order_group_check');

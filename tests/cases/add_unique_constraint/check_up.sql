SELECT count(*) = 3 FROM users;
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.users'::regclass AND conname = 'users_email_key');
SELECT to_regclass('public.users_email_key') IS NOT NULL;

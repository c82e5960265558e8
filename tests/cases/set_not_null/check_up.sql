SELECT count(*) = 3 FROM users;
SELECT is_nullable = 'NO' FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users' AND column_name = 'email';
SELECT count(*) = 0 FROM pg_constraint WHERE conrelid = 'public.users'::regclass AND contype = 'c';

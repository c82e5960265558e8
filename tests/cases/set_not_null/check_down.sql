SELECT count(*) = 3 FROM users;
SELECT is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users' AND column_name = 'email';

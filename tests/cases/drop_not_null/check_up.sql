SELECT count(*) = 3 FROM users WHERE phone IS NOT NULL;
SELECT is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users' AND column_name = 'phone';

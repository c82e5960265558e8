SELECT count(*) = 3 FROM users;
SELECT count(*) = 3 FROM users WHERE email_normalized = lower(email);
SELECT (SELECT email_normalized FROM users WHERE id = 2) = 'bob@example.com';
SELECT is_nullable = 'NO' FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users' AND column_name = 'email_normalized';

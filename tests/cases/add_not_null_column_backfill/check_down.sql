SELECT count(*) = 3 FROM users;
SELECT (SELECT email FROM users WHERE id = 1) = 'Alice@Example.com';
SELECT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users' AND column_name = 'email_normalized');

SELECT count(*) = 3 FROM users;
SELECT (SELECT email FROM users WHERE id = 3) = 'carol@example.com';
SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users' AND column_name = 'legacy_password_md5');

SELECT count(*) = 2 FROM users;
SELECT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'active');

SELECT (SELECT count(*) FROM all_users) = 2;
SELECT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'all_users' AND column_name = 'role');

SELECT (SELECT count(*) FROM user_emails) = 2;
SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'all_users' AND column_name = 'role');

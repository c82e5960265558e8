SELECT count(*) = 3 FROM users;
SELECT (SELECT email FROM users WHERE id = 1) = 'Alice@Example.com';
SELECT to_regclass('public.users_email_lower_key') IS NULL;

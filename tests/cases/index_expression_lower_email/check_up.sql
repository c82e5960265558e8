SELECT count(*) = 3 FROM users;
SELECT (SELECT email FROM users WHERE id = 1) = 'Alice@Example.com';
SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.users_email_lower_key'::regclass;
SELECT pg_get_indexdef('public.users_email_lower_key'::regclass) LIKE '%lower(email)%';

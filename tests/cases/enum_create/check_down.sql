SELECT count(*) = 3 FROM users;
SELECT to_regtype('public.user_role') IS NULL;

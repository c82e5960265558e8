SELECT to_regclass('public.users') IS NOT NULL;
SELECT count(*) = 0 FROM users;

SELECT count(*) = 3 FROM users;
SELECT to_regclass('public.session_cache') IS NULL;

SELECT to_regclass('public.legacy_sessions') IS NULL;
SELECT count(*) = 3 FROM users;

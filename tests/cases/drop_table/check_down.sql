SELECT to_regclass('public.legacy_sessions') IS NOT NULL;
SELECT count(*) = 3 FROM users;

SELECT count(*) = 3 FROM users;
SELECT to_regclass('public.memberships') IS NULL;

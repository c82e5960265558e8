SELECT (SELECT count(*) FROM active_users) = 3;
SELECT (SELECT shout FROM active_users WHERE id = 1) = 'ANN@EXAMPLE.COM';
SELECT (SELECT count(*) FROM information_schema.columns WHERE table_name = 'all_users') = 4;
SELECT obj_description('public.active_users'::regclass) = 'users that count';
SELECT has_table_privilege('public', 'public.active_users', 'SELECT');

SELECT to_regclass('public.teams') IS NULL;
SELECT to_regclass('public.users') IS NULL;

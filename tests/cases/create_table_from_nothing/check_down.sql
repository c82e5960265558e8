SELECT to_regclass('public.users') IS NULL;

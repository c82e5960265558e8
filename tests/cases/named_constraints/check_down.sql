SELECT to_regclass('public.accounts') IS NULL;

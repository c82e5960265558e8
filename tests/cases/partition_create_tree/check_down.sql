SELECT to_regclass('public.events') IS NULL AND to_regclass('public.sessions') IS NULL;
SELECT count(*) = 2 FROM accounts;

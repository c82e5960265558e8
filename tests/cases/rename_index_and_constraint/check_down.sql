SELECT count(*) = 2 FROM accounts;
SELECT to_regclass('public.accounts_plan') IS NOT NULL;
SELECT to_regclass('public.accounts_owner') IS NOT NULL;

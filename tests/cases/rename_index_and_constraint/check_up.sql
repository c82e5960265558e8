SELECT count(*) = 2 FROM accounts;
SELECT to_regclass('public.accounts_plan_idx') IS NOT NULL;
SELECT (SELECT count(*) FROM pg_constraint WHERE conname IN ('email_not_empty', 'accounts_owner_id_key')) = 2;

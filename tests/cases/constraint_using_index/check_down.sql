SELECT count(*) = 0 FROM pg_constraint WHERE conrelid = 'public.accounts'::regclass;
SELECT to_regclass('public.accounts_id_idx') IS NOT NULL;

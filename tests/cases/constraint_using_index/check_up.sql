SELECT count(*) = 1 FROM pg_constraint WHERE conrelid = 'public.accounts'::regclass AND conname = 'accounts_pkey' AND contype = 'p';
SELECT count(*) = 1 FROM pg_constraint WHERE conrelid = 'public.accounts'::regclass AND conname = 'accounts_email_idx' AND contype = 'u';
SELECT to_regclass('public.accounts_id_idx') IS NULL;

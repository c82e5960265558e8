SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.accounts'::regclass AND conname = 'accounts_id_pk');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.accounts'::regclass AND conname = 'accounts_domain_uq');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.accounts'::regclass AND conname = 'accounts_name_not_blank');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.users'::regclass AND conname = 'users_pk');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.users'::regclass AND conname = 'users_account_fk');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.users'::regclass AND conname = 'users_email_per_account_uq');

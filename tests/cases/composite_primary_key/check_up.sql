SELECT count(*) = 2 FROM accounts;
SELECT count(*) = 3 FROM users;
SELECT array_length(conkey, 1) = 2 FROM pg_constraint WHERE conrelid = 'public.memberships'::regclass AND conname = 'memberships_pkey';

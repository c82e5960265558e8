SELECT count(*) = 3 FROM members;
SELECT pg_get_constraintdef(oid) = 'PRIMARY KEY (id)' FROM pg_constraint WHERE conname = 'accounts_pkey';

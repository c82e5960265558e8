SELECT count(*) = 3 FROM members JOIN accounts ON accounts.id = members.account_id AND accounts.tenant_id = members.tenant_id;
SELECT pg_get_constraintdef(oid) = 'PRIMARY KEY (tenant_id, id)' FROM pg_constraint WHERE conname = 'accounts_pkey';

SELECT count(*) = 4 FROM accounts;
SELECT code = 1005 FROM accounts WHERE id = 1;
SELECT code = 7 AND id = 4 AND owner_id = 1 FROM accounts WHERE email = 'During@x';
SELECT code = 2000000000 FROM accounts WHERE id = 3;
SELECT sum(account_id) = 8 FROM transfers;
SELECT bool_and(data_type = 'bigint') FROM information_schema.columns WHERE table_name = 'accounts' AND column_name IN ('id', 'owner_id', 'code');
SELECT (SELECT a.id FROM accounts a JOIN transfers t ON t.account_id = a.id WHERE t.id = 3) = 4;
SELECT nextval('accounts_id_seq') = 5;
SELECT count(*) = 0 FROM pg_proc WHERE proname LIKE 'gen_sync%';

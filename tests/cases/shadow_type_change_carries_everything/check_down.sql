SELECT count(*) = 3 + (SELECT count(*) FROM accounts WHERE email = 'During@x') FROM accounts;
SELECT code IN (5, 1005) FROM accounts WHERE id = 1;
SELECT code = 2000000000 FROM accounts WHERE id = 3;
SELECT bool_and(data_type = 'integer') FROM information_schema.columns WHERE table_name = 'accounts' AND column_name IN ('id', 'owner_id', 'code');

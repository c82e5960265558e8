SELECT string_agg(email, ',' ORDER BY email) = 'a@x,c@x' FROM rich;
SELECT (SELECT accounts FROM stats) = 3;
SELECT (SELECT total FROM balances) = 7000;
SELECT count(*) = 3 FROM plain_emails;
SELECT (SELECT updated_at IS NOT NULL FROM accounts WHERE id = 1);

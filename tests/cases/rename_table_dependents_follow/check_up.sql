SELECT (SELECT count(*) FROM accounts) = 2;
SELECT (SELECT mail FROM user_emails) = 'ann@example.com';
SELECT (SELECT n FROM user_count) = 1;

SELECT (SELECT count(*) FROM users) = 2;
SELECT (SELECT email FROM user_emails) = 'ann@example.com';
SELECT (SELECT n FROM user_count) = 2;

SELECT (SELECT user_name FROM users WHERE id = 1) = 'alice';

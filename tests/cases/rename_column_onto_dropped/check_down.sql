SELECT (SELECT username FROM users WHERE id = 1) = 'alice';

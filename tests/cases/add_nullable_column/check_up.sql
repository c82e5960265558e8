SELECT count(*) = 3 FROM users;
SELECT count(*) = 3 FROM users WHERE nickname IS NULL;

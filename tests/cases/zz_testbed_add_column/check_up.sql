SELECT count(*) = 2 FROM users;
SELECT bool_and(active) FROM users;

SELECT count(*) = 3 FROM users;
SELECT to_regnamespace('billing') IS NULL;

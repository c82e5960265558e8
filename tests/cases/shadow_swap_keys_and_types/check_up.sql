SELECT count(*) = 300 FROM users JOIN accounts ON accounts.user_id = users.id;
SELECT count(*) = 100 FROM addresses WHERE country = 'FR';
SELECT count(*) = 300 FROM profiles;

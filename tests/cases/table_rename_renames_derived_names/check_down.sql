SELECT count(*) = 3 FROM users;
SELECT last_value = 3 FROM users_id_seq;

SELECT count(*) = 300 FROM users;
SELECT count(*) = 300 FROM traits;
SELECT pg_get_serial_sequence('users', 'id') = 'public.users_id_seq';
SELECT pg_get_serial_sequence('traits', 'id') IS NULL;
SELECT nextval('traits_id_seq') > 300;

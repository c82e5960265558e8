SELECT count(*) = 300 FROM users;
SELECT count(*) = 300 FROM traits;
SELECT pg_get_serial_sequence('users_legacy', 'id') = 'public.users_id_seq';
SELECT pg_get_serial_sequence('traits', 'id') = 'public.traits_id_seq';

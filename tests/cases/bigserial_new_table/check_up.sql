SELECT count(*) = 3 FROM users;
SELECT pg_get_serial_sequence('public.audit_events', 'id') = 'public.audit_events_id_seq';
SELECT data_type = 'bigint' FROM information_schema.sequences WHERE sequence_schema = 'public' AND sequence_name = 'audit_events_id_seq';

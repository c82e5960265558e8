SELECT pg_get_serial_sequence('public.tags', 'id') = 'public.tags_id_seq';
SELECT pg_get_serial_sequence('public.tags', 'position') = 'public.tags_position_seq';

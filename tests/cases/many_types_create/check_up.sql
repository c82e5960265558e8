SELECT count(*) = 51 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'type_zoo';
SELECT format_type(atttypid, atttypmod) = 'interval day to second(3)' FROM pg_attribute WHERE attrelid = 'public.type_zoo'::regclass AND attname = 'c_interval_ds';
SELECT format_type(atttypid, atttypmod) = 'timestamp(3) without time zone' FROM pg_attribute WHERE attrelid = 'public.type_zoo'::regclass AND attname = 'c_timestamp3';
SELECT format_type(atttypid, atttypmod) = 'character varying(10)[]' FROM pg_attribute WHERE attrelid = 'public.type_zoo'::regclass AND attname = 'c_varchar_array';

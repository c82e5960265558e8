SELECT (SELECT count(*) FROM pg_constraint WHERE contype = 'p' AND conparentid = (SELECT oid FROM pg_constraint WHERE conname = 'readings_pkey' AND conrelid = 'readings'::regclass)) = 2;
SELECT indisvalid FROM pg_index WHERE indexrelid = 'readings_pkey'::regclass;
SELECT count(*) = 3 FROM readings;

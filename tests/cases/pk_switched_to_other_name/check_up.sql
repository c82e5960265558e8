SELECT pg_get_constraintdef(oid) = 'PRIMARY KEY (serial)' FROM pg_constraint WHERE conname = 'devices_pkey';

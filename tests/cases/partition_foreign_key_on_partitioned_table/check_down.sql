SELECT NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'pings_device_id_fkey');

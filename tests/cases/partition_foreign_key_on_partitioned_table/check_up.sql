SELECT (SELECT count(*) FROM pg_constraint WHERE conname = 'pings_device_id_fkey') = 5;
SELECT bool_and(convalidated) FROM pg_constraint WHERE conname = 'pings_device_id_fkey';
SELECT count(*) = 4 FROM pings;

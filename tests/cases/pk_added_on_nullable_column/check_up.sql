SELECT count(*) = 2 FROM events;
SELECT NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'events_id_not_null');

SELECT count(*) = 300 FROM billings JOIN readings ON readings.id = billings.reading_id;
SELECT count(*) = 1 FROM pg_constraint WHERE conname = 'billings_reading_fkey';

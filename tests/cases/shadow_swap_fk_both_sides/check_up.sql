SELECT count(*) = 300 FROM billings JOIN readings ON readings.id = billings.reading_id::bigint;

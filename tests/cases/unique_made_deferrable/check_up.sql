SELECT condeferrable AND condeferred FROM pg_constraint WHERE conname = 'slots_position_key';
SELECT count(*) = 2 FROM slots;

SELECT count(*) = 2000 FROM events;

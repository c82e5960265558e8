SELECT count(*) = 1000 FROM events;
SELECT count(*) = 500 FROM notes;
UPDATE events SET kind = 'x' WHERE id = 1;
SELECT updated_at IS NULL FROM events WHERE id = 1;

SELECT count(*) = 1000 FROM events;
UPDATE events SET kind = 'y' WHERE id = 2;
SELECT updated_at IS NOT NULL FROM events WHERE id = 2;

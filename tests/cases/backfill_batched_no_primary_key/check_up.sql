SELECT count(*) = 2000 FROM events;
SELECT count(*) = 666 FROM events WHERE kind = 'click';
SELECT count(*) = 1334 FROM events WHERE kind = 'unknown';

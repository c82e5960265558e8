SELECT (SELECT count(*) FROM notes) = 1;
SELECT (SELECT count(*) FROM pg_trigger WHERE tgname = 'note_feed_insert') = 1;

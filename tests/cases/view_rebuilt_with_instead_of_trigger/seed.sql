INSERT INTO note_feed (body, stars) VALUES ('first', 3);

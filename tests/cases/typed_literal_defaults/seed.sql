INSERT INTO prices VALUES (1), (2);

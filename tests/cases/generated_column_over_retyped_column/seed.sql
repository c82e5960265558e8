INSERT INTO t (id, a) VALUES (1, 5), (2, 0);
INSERT INTO jobs (id, attempts) VALUES (1, 0), (2, 30);

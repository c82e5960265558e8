INSERT INTO job (id, name, level) VALUES (1, 'a', 1), (2, 'b', 5);
INSERT INTO job_history (id, name, level, doubled) VALUES (1, 'a', 1, 2);
INSERT INTO job_copy (before, id, name, level, after) VALUES (0, 1, 'a', 1, 9);

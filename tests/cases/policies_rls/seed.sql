INSERT INTO documents VALUES (1, 'alice', 1, 'x'), (2, 'shared', 2, NULL);
INSERT INTO notes VALUES (1, 'alice');

INSERT INTO tickets VALUES (1, 'o', false), (2, 'c', false), (3, 'o', true), (4, NULL, false);

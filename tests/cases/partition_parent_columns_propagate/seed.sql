INSERT INTO tickets VALUES (1, '2024-02-02', 'a', 2, 'x'), (2, '2025-02-02', 'b', 5, 'y');

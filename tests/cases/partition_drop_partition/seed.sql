INSERT INTO logs VALUES (1, '2023-05-01', 'old'), (2, '2023-06-01', 'old'), (3, '2024-02-01', 'kept');

INSERT INTO clicks VALUES (1, '2024-04-04', 'spring');

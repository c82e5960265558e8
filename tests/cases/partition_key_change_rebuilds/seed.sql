INSERT INTO clicks VALUES (1, '2024-04-04', 'spring');
INSERT INTO clicks_archive VALUES (1, '2020-01-01', 'old');

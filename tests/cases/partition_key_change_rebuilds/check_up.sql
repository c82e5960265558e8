INSERT INTO clicks VALUES (2, '2030-01-01', 'spring'), (3, '2030-01-01', 'fall');
SELECT count(*) = 1 FROM clicks_spring;
SELECT count(*) = 1 FROM clicks_other;

INSERT INTO audit SELECT date '2024-01-01' + (g % 700), CASE WHEN g % 3 = 0 THEN 'system' WHEN g % 3 = 1 THEN 'ann' END, 'n' || g, 'o' || g
FROM generate_series(1, 3000) g;

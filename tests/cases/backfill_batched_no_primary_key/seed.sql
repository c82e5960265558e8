INSERT INTO events SELECT timestamptz '2026-01-01' + g * interval '1 minute', CASE WHEN g % 3 = 0 THEN 'click' END
FROM generate_series(1, 2000) g;

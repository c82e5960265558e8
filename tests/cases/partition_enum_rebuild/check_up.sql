SELECT enum_range(NULL::mood)::text = '{happy,ok}';
SELECT count(*) = 2 FROM readings WHERE feel IN ('ok', 'happy');
SELECT history = '{happy,ok}'::mood[] FROM readings WHERE id = 1;
WITH i AS (INSERT INTO r2024 (id, at) VALUES (3, '2024-05-01') RETURNING feel)
SELECT feel = 'happy' FROM i;
WITH i AS (INSERT INTO readings (id, at) VALUES (4, '2024-05-01') RETURNING feel)
SELECT feel = 'ok' FROM i;

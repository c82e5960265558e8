INSERT INTO issues (id, title, updated_at) VALUES (1, 'one', '2024-01-01'), (2, 'two', '2024-01-01');

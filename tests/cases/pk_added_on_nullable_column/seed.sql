INSERT INTO events VALUES (1, '{}'), (2, '{"a": 1}');

INSERT INTO events (name, payload) VALUES
    ('signup', '{"plan": "free"}'),
    ('login', NULL),
    ('logout', '{}');

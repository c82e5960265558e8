INSERT INTO users (id, email) VALUES
    (1, 'alice@example.com'),
    (2, 'bob@example.com'),
    (3, 'carol@example.com');
INSERT INTO legacy_sessions (id, user_id, token) VALUES (1, 1, 'abc'), (2, 2, 'def');

INSERT INTO users (id, email) VALUES
    (1, 'alice@example.com'),
    (2, 'bob@example.com'),
    (3, 'carol@example.com');
INSERT INTO projects (id, owner_id, name) VALUES
    (1, 1, 'Apollo'),
    (2, 1, 'Gemini'),
    (3, 3, 'Mercury');

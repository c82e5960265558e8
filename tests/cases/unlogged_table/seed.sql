INSERT INTO users (id, email) VALUES
    (1, 'alice@example.com'),
    (2, 'bob@example.com'),
    (3, 'carol@example.com');

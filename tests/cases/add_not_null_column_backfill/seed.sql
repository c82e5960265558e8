INSERT INTO users (id, email) VALUES
    (1, 'Alice@Example.com'),
    (2, 'BOB@example.com'),
    (3, 'carol@example.com');

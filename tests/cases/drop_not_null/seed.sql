INSERT INTO users (id, email, phone) VALUES
    (1, 'alice@example.com', '+100'),
    (2, 'bob@example.com', '+200'),
    (3, 'carol@example.com', '+300');

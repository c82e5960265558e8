INSERT INTO users (id, email, legacy_password_md5) VALUES
    (1, 'alice@example.com', 'x1'),
    (2, 'bob@example.com', NULL),
    (3, 'carol@example.com', 'x3');

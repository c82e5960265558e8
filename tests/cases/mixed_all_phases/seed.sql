INSERT INTO users (id, email) VALUES
    (1, 'alice@example.com'),
    (2, 'bob@example.com'),
    (3, 'carol@example.org');
INSERT INTO orders (id, user_id, total_cents, legacy_ref) VALUES
    (1, 1, 1000, 'A-1'),
    (2, 1, 2000, NULL),
    (3, 3, 500, 'C-3');

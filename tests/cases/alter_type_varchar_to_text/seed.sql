INSERT INTO articles (id, title, body) VALUES
    (1, 'Hello', 'First post'),
    (2, 'World', NULL),
    (3, 'Again', 'Third post');

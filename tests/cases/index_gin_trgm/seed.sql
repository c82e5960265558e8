INSERT INTO users (id, email, full_name) VALUES
    (1, 'Alice@Example.com', 'Alice Liddell'),
    (2, 'bob@example.com', 'Bob Builder'),
    (3, 'carol@example.com', NULL);

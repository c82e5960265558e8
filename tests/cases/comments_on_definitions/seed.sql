INSERT INTO items VALUES (1, 3, 'a'), (2, 50, 'b');

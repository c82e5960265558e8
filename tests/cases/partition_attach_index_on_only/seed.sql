INSERT INTO items VALUES (1, 'a', 'x'), (2, 'b', 'y'), (3, 'b', 'z');

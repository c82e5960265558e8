INSERT INTO orders (id, state, history, note) VALUES
    (1, 'new', NULL, 'a'),
    (2, 'paid', '{new,paid}', 'b'),
    (3, 'shipped', '{new,paid,shipped}', 'c'),
    (4, DEFAULT, '{}', NULL);
INSERT INTO audit VALUES (1, 'paid'), (2, NULL);

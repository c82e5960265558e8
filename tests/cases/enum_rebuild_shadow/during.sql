INSERT INTO orders (id, note) VALUES (10, 'written by the old application');
INSERT INTO orders (id, state, history) VALUES (11, 'paid', '{paid}');
UPDATE orders SET state = 'shipped', history = '{new,shipped}' WHERE id = 1;

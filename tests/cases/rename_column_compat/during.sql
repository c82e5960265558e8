-- The old application writes the old names, the new one the new names, at the same time.
INSERT INTO customers (id, mail) VALUES (10, 'old@app');
INSERT INTO customers (id, email, points) VALUES (11, 'new@app', 5);
UPDATE customers SET mail = 'changed@old' WHERE id = 1;
UPDATE customers SET email = 'changed@new', points = 7 WHERE id = 2;
INSERT INTO orders VALUES (2, 'new@app');

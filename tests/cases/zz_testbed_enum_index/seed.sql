INSERT INTO task (title, status) VALUES ('one', 'new'), ('two', 'done');

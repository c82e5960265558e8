INSERT INTO jobs VALUES (1, 'todo'), (2, 'done');

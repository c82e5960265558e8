INSERT INTO tags SELECT g, 't' || g FROM generate_series(1, 300) g;

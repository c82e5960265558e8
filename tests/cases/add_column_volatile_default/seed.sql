INSERT INTO api_keys (id, label) SELECT g, 'key ' || g FROM generate_series(1, 45) g;

INSERT INTO events (id, kind) SELECT g, 'k' || (g % 7) FROM generate_series(1, 1000) g;
INSERT INTO notes SELECT g, 'b' || g FROM generate_series(1, 500) g;

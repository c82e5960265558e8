INSERT INTO events SELECT g, 'k' || (g % 7), g % 50, '{}', g FROM generate_series(1, 300) g;

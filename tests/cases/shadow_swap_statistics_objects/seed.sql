INSERT INTO measurements SELECT g, g % 40 / 10, g % 40 FROM generate_series(1, 300) g;

INSERT INTO readings SELECT g, g FROM generate_series(1, 300) g;
INSERT INTO billings SELECT g, g FROM generate_series(1, 300) g;

INSERT INTO accounts SELECT g, g FROM generate_series(1, 300) g;
INSERT INTO ledgers SELECT g, g FROM generate_series(1, 300) g;

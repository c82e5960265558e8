INSERT INTO users_legacy (email) SELECT 'l' || g FROM generate_series(1, 50) g;
INSERT INTO users SELECT g, 'u' || g FROM generate_series(1, 300) g;
INSERT INTO traits (name) SELECT 't' || g FROM generate_series(1, 300) g;

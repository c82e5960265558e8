INSERT INTO courses (provider_name) SELECT 'p' || g FROM generate_series(1, 100) g;

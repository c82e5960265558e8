INSERT INTO users (email, name, created_at, updated_at)
SELECT 'user' || i || '@example.com', 'User ' || i, now(), now() FROM generate_series(1, 20) i;
INSERT INTO ar_internal_metadata VALUES ('environment', 'production', now(), now());

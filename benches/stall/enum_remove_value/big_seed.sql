INSERT INTO accounts (id, email, tier, balance)
SELECT g, 'user' || g || '@example.com', (ARRAY['free', 'pro', 'team'])[g % 3 + 1]::tier, g % 5000
FROM generate_series(1, 2000000) g;

INSERT INTO users SELECT g, 'u' || g FROM generate_series(1, 300) g;
INSERT INTO accounts SELECT g, g FROM generate_series(1, 300) g;
INSERT INTO addresses SELECT g, (ARRAY['DE', 'FR', 'IT'])[1 + g % 3]::country FROM generate_series(1, 300) g;
INSERT INTO profiles SELECT g, g FROM generate_series(1, 300) g;
INSERT INTO audits SELECT g, g FROM generate_series(1, 300) g;

INSERT INTO plans (id, code, price_cents) VALUES (1, 'free', 0), (2, NULL, 900), (3, NULL, 2900);

INSERT INTO owners SELECT g, 'owner ' || g FROM generate_series(1, 1000) g;
INSERT INTO accounts (id, owner_id, email, balance, note)
SELECT g, g % 1000 + 1, 'user' || g || '@example.com', g % 5000,
       CASE WHEN g % 2 = 0 THEN 'vip' END
FROM generate_series(1, 2000000) g;

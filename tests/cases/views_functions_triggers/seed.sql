INSERT INTO accounts (id, email, balance) VALUES (1, 'A@x', 500), (2, 'B@x', 1500), (3, 'C@x', 2500);

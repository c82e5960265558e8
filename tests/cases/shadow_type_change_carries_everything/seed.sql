INSERT INTO owners VALUES (1, 'ann'), (2, 'bob');
INSERT INTO accounts (owner_id, code, email) VALUES (1, 5, 'a@x'), (2, 150, 'B@x'), (2, 2000000000, 'c@x');
INSERT INTO transfers VALUES (1, 1), (2, 3);

INSERT INTO accounts (owner_id, email) VALUES (1, 'During@x');
UPDATE accounts SET code = code + 1000 WHERE id = 1;
INSERT INTO transfers VALUES (3, 4);

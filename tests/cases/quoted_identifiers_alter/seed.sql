INSERT INTO "UserAccounts" ("Id", "emailAddress") VALUES (1, 'a@example.com'), (2, 'b@example.com');
INSERT INTO "order" (id, "user") VALUES (10, 1), (11, 2), (12, 1);

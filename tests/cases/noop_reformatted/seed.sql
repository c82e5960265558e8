INSERT INTO accounts (id, name) VALUES (1, 'Acme'), (2, 'Globex');
INSERT INTO tickets (id, account_id, subject) VALUES (1, 1, 'Help'), (2, 2, 'Bug');

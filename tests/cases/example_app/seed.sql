INSERT INTO accounts (id, name, slug, plan) VALUES (1, 'Acme', 'acme', 'pro'), (2, 'Globex', 'globex', NULL);
INSERT INTO users (id, email, full_name) VALUES (1, 'ann@acme.test', 'Ann'), (2, 'bob@globex.test', 'Bob');
INSERT INTO memberships (account_id, user_id, role) VALUES (1, 1, 'owner'), (2, 2, 'admin');
INSERT INTO projects (id, account_id, name, created_by) VALUES (1, 1, 'Rocket', 1), (2, 2, 'Widget', 2);
INSERT INTO invoices (id, account_id, number, amount_cents) VALUES (1, 1, 'INV-1', 1000);

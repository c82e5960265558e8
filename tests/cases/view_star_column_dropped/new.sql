-- A `SELECT *` view over a table that loses a column: PostgreSQL stores `*` expanded, so the view
-- is dropped before the column and created again only after the column is gone (created earlier,
-- it would take the column along and block its drop). Its down creates it again after the column
-- is back.
CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);
CREATE VIEW all_users AS SELECT * FROM users;
CREATE VIEW user_emails AS SELECT id, email FROM all_users;

INSERT INTO posts (title) VALUES ('first'), ('second');
INSERT INTO tags (name) VALUES ('rust');
INSERT INTO audit_log (table_name, row_id) VALUES ('posts', 99);

-- pg_dump breaks this dependency cycle (the function returns the view's rows, the view calls the
-- function) with a placeholder view and a later CREATE OR REPLACE VIEW.
CREATE TABLE items (id int PRIMARY KEY, parent int, name text);
CREATE VIEW item_tree AS SELECT id, parent, name FROM items;
CREATE FUNCTION roots() RETURNS SETOF item_tree LANGUAGE sql STABLE AS $$ SELECT * FROM item_tree WHERE parent IS NULL $$;
CREATE OR REPLACE VIEW item_tree AS SELECT id, parent, name FROM items WHERE id NOT IN (SELECT r.id FROM roots() r WHERE r.name = 'hidden');

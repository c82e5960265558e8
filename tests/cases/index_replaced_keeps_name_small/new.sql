CREATE TABLE tags (id int PRIMARY KEY, name text NOT NULL, archived boolean NOT NULL DEFAULT false);
CREATE INDEX tags_name_idx ON tags (lower(name)) WHERE NOT archived;

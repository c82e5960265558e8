CREATE TABLE docs (id integer, body text, title text);
CREATE INDEX docs_body_idx ON docs (body) WITH (fillfactor = 70, deduplicate_items = off);
-- a new index keeps the order written, as PostgreSQL does
CREATE INDEX docs_title_idx ON docs (title) WITH (fillfactor = '80', deduplicate_items = 'on');

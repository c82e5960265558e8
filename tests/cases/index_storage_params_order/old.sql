CREATE TABLE docs (id integer, body text, title text);
CREATE INDEX docs_body_idx ON docs (body) WITH (fillfactor = 70, deduplicate_items = off);

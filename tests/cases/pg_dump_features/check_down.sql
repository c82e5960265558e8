SELECT count(*) = 50 FROM documents;
SELECT word_count(body) = 200 FROM documents;
SELECT to_tsvector('tags_search', 'Running dogs') <> to_tsvector('tags_search', 'run dog');

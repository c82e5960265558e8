SELECT count(*) = 50 FROM documents;
SELECT word_count(body) = 200 FROM documents;
SELECT 'Doc 1' === 'doc 1';
SELECT (SELECT count(*) FROM document_titles) = 50;
SELECT to_tsvector('tags_search', 'Running dogs') = to_tsvector('tags_search', 'run dog');

INSERT INTO authors (email, name) VALUES ('Ann@example.com', 'Ann'), ('bob@example.com', 'Bob');
INSERT INTO documents (author_id, title, slug, body, tags)
SELECT 1 + i % 2, '  Doc ' || i || ' ', 'doc-' || i, 'body of document ' || i, ARRAY['t' || i % 3]
FROM generate_series(1, 50) i;
INSERT INTO page_views (document_id) SELECT id FROM documents;

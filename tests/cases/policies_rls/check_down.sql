SELECT count(*) = 2 FROM documents;
SELECT NOT (SELECT relrowsecurity FROM pg_class WHERE oid = 'notes'::regclass);
SELECT (SELECT count(*) FROM pg_policy WHERE polrelid = 'documents'::regclass) = 3;

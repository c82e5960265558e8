SELECT count(*) = 2 FROM documents;
SELECT (SELECT relforcerowsecurity FROM pg_class WHERE oid = 'documents'::regclass);
SELECT (SELECT count(*) FROM pg_policy WHERE polrelid = 'documents'::regclass) = 2;

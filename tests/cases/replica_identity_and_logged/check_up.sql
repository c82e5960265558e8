SELECT (SELECT relreplident FROM pg_class WHERE oid = 'events'::regclass) = 'i';
SELECT (SELECT relpersistence FROM pg_class WHERE oid = 'cache'::regclass) = 'u';
SELECT count(*) = 1 FROM scratch;
SELECT (SELECT count(*) FROM pg_index WHERE indrelid = 'tokens'::regclass) = 1;

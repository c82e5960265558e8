SELECT (SELECT relreplident FROM pg_class WHERE oid = 'events'::regclass) = 'd';
SELECT (SELECT relpersistence FROM pg_class WHERE oid = 'scratch'::regclass) = 'u';
SELECT count(*) = 1 FROM cache;

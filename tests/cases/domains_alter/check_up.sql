SELECT count(*) = 2 FROM orders;
SELECT (SELECT qty FROM orders WHERE id = 2) = 1;
SELECT obj_description('public.country'::regtype, 'pg_type') = 'ISO 3166-1 alpha-2';
SELECT (SELECT typnotnull FROM pg_type WHERE typname = 'email');

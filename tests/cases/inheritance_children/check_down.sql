-- the children are back, inheriting from the parent again, with their own default
SELECT (SELECT count(*) FROM pg_inherits WHERE inhparent = 'public.favorites'::regclass) = 2;
SELECT pg_get_expr(adbin, adrelid) LIKE 'nextval%' FROM pg_attrdef WHERE adrelid = 'public.favorites_0'::regclass;
SELECT count(*) = 1 FROM events_login;

SELECT to_regclass('public.comments') IS NULL;
SELECT to_regclass('public.posts') IS NULL;

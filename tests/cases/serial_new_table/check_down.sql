SELECT to_regclass('public.tags') IS NULL;
SELECT to_regclass('public.tags_id_seq') IS NULL;

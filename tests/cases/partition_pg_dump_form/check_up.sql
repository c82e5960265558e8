SELECT to_regclass('public.c1_rid_idx') IS NOT NULL;
SELECT count(*) = 2 FROM p;

SELECT to_regclass('public.c1_rid_idx') IS NULL;

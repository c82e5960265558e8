SELECT count(*) = 2 FROM orders;
SELECT to_regtype('public.legacy_code') IS NOT NULL;
SELECT (SELECT convalidated FROM pg_constraint WHERE conname = 'score_range') = false;

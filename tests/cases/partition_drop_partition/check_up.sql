SELECT count(*) = 1 FROM logs;
SELECT to_regclass('public.logs_2023') IS NULL;

SELECT (SELECT count(*) FROM information_schema.columns WHERE table_name = 'everyone') = 4;
SELECT (SELECT count(*) FROM happy) = 1;

SELECT (SELECT count(*) FROM information_schema.columns WHERE table_name = 'everyone') = 3;
SELECT (SELECT count(*) FROM everyone) = 2;

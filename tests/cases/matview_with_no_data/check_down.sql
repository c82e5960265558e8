SELECT (SELECT count(*) FROM points) = 2;

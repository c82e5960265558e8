SELECT (SELECT g FROM t WHERE id = 1) = 10;
SELECT (SELECT count(*) FROM jobs WHERE is_available) = 1;

SELECT NOT relispopulated FROM pg_class WHERE relname = 'points_later';
SELECT relispopulated FROM pg_class WHERE relname = 'points_now';
SELECT (SELECT count(*) FROM points_now) = 2;

SELECT done_count() = 1;
SELECT is_done('done');
SELECT count(*) = 2 FROM jobs;

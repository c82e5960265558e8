SELECT count(*) = 2 FROM task;

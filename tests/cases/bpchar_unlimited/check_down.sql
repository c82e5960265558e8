SELECT count(*) = 300 FROM tags;

SELECT count(*) >= 100 FROM courses;

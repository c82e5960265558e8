DO $$ BEGIN
  IF (SELECT count(*) FROM job_history WHERE name = 'a' AND doubled = 2) <> 1 THEN
    RAISE EXCEPTION 'job_history row lost';
  END IF;
  IF (SELECT doubled FROM job_copy WHERE id = 1) <> 2 THEN RAISE EXCEPTION 'job_copy row lost'; END IF;
END $$;
INSERT INTO job_history (id, level) VALUES (3, 2);
DO $$ BEGIN
  IF (SELECT name FROM job_history WHERE id = 3) <> 'job' THEN RAISE EXCEPTION 'default not copied'; END IF;
END $$;

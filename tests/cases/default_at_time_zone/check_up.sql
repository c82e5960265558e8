SELECT count(*) = 1 FROM audit WHERE created_at IS NOT NULL;

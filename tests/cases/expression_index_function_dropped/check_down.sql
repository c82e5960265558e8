SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'tags_initials_idx');

SELECT count(*) = 3 FROM articles;
SELECT (SELECT body FROM articles WHERE id = 3) = 'Third post';
SELECT data_type = 'text' FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'articles' AND column_name = 'body';

SELECT count(*) = 3 FROM articles;
SELECT (SELECT body FROM articles WHERE id = 3) = 'Third post';
SELECT character_maximum_length = 2000 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'articles' AND column_name = 'body';

SELECT count(*) = 3 FROM products;
SELECT (SELECT name FROM products WHERE id = 2) = 'Gadget with a rather long forty-char name';
SELECT character_maximum_length = 50 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'products' AND column_name = 'name';

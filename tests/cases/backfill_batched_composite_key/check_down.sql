SELECT count(*) = 65 FROM line_items;

INSERT INTO line_items SELECT o, l, l, o * 10 FROM generate_series(1, 13) o, generate_series(1, 5) l;

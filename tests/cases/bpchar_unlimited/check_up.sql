SELECT count(*) = 300 FROM tags WHERE color = '#cccccc';
SELECT format_type(atttypid, atttypmod) = 'bpchar' FROM pg_attribute WHERE attrelid = 'tags'::regclass AND attname = 'color';
SELECT format_type(atttypid, atttypmod) = 'character(3)' FROM pg_attribute WHERE attrelid = 'tags'::regclass AND attname = 'short';

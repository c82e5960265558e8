SELECT count(*) = 3 FROM line_items;
SELECT count(*) = 3 FROM line_items WHERE total_cents = quantity * unit_price_cents;
SELECT sum(total_cents) = 3029 FROM line_items;
SELECT attgenerated = 's' FROM pg_attribute WHERE attrelid = 'public.line_items'::regclass AND attname = 'total_cents';

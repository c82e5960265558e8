SELECT count(*) = 65 FROM line_items;
SELECT count(*) = 65 FROM line_items WHERE total_cents = quantity * unit_cents;

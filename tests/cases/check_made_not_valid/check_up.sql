SELECT NOT convalidated FROM pg_constraint WHERE conname = 'items_qty_check';

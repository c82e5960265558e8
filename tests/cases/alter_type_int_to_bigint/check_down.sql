SELECT count(*) = 3 FROM order_items;
SELECT sum(order_id) = 2000000020 FROM order_items;
SELECT data_type = 'integer' FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'order_items' AND column_name = 'order_id';

SELECT count(*) = 6 FROM orders;
SELECT string_agg(id || ':' || state || ':' || coalesce(history::text, '-'), ',' ORDER BY id)
     = '1:shipped:{new,shipped},2:paid:{new,paid},3:shipped:{new,paid,shipped},4:new:{},10:new:-,11:paid:{paid}'
  FROM orders;
SELECT enum_range(NULL::order_state)::text = '{new,shipped,paid}';
SELECT (SELECT array_agg(id ORDER BY state, id) FROM orders)::text = '{4,10,1,3,2,11}';
SELECT (SELECT state FROM audit WHERE id = 1) = 'paid';

SELECT count(*) = 6 FROM tickets;
SELECT string_agg(id || ':' || status, ',' ORDER BY id) = '1:closed,2:closed,3:escalated,4:open,10:closed,11:escalated' FROM tickets;
SELECT (SELECT count(*) FROM tickets WHERE status = 'open') = 1;

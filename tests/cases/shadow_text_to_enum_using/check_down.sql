SELECT count(*) IN (4, 6) FROM tickets;
SELECT (SELECT status FROM tickets WHERE id = 2) IN ('c', 'closed');

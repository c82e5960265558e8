SELECT count(*) = 3 FROM orders WHERE status = 'pending';
SELECT sum(total_cents) = 11650 FROM orders;

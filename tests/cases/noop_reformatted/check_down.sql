SELECT count(*) = 2 FROM accounts;
SELECT count(*) = 2 FROM tickets;

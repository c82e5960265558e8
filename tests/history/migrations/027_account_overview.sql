CREATE VIEW account_overview AS
SELECT a.id, a.name, coalesce(s.total, 0) AS total_paid,
       (SELECT count(*) FROM users u WHERE u.account_id = a.id) AS user_count
FROM accounts a
LEFT JOIN invoice_summaries s ON s.account_id = a.id AND s.status = 'paid';

CREATE FUNCTION cents_to_amount(cents integer) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN cents / 100.0;

CREATE VIEW invoice_summaries AS
SELECT inv.account_id, inv.status, count(*) AS invoice_count, sum(cents_to_amount(inv.amount_cents)) AS total
FROM invoices inv
WHERE inv.status <> 'void'
GROUP BY inv.account_id, inv.status;

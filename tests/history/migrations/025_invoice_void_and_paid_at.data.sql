INSERT INTO invoices (account_id, subscription_id, status, amount_cents, currency, issued_at, due_at, paid_at) VALUES
    (3, 4, 'paid', 0, 'USD', '2024-02-05 00:00:00+00', '2024-02-19 00:00:00+00', '2024-02-05 00:00:00+00');
UPDATE invoices SET status = 'void' WHERE status = 'draft';
-- the paid invoices from before paid_at: paid when issued, near enough
UPDATE invoices SET paid_at = issued_at WHERE status = 'paid' AND paid_at IS NULL;

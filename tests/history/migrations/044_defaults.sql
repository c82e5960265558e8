ALTER TABLE invoices ALTER COLUMN currency SET DEFAULT 'EUR';
ALTER TABLE tasks ALTER COLUMN body SET DEFAULT '';
ALTER TABLE projects ALTER COLUMN archived DROP DEFAULT;

-- every paid invoice has paid_at by now
ALTER TABLE invoices VALIDATE CONSTRAINT invoices_paid_at_check;

ALTER TYPE invoice_status ADD VALUE 'void';

ALTER TABLE invoices ADD COLUMN paid_at timestamptz;
-- old paid invoices have no paid_at: checked for new rows only for now
ALTER TABLE invoices ADD CONSTRAINT invoices_paid_at_check
    CHECK (status <> 'paid' OR paid_at IS NOT NULL) NOT VALID;

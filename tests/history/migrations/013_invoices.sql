CREATE TYPE invoice_status AS ENUM ('draft', 'open', 'paid');

CREATE TABLE invoices (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    subscription_id bigint REFERENCES subscriptions (id),
    status invoice_status NOT NULL DEFAULT 'draft',
    amount_cents integer NOT NULL,
    currency char(3) NOT NULL DEFAULT 'USD',
    issued_at timestamptz,
    due_at timestamptz
);

CREATE INDEX invoices_account_id_idx ON invoices (account_id);
CREATE INDEX invoices_open_due_at_idx ON invoices (due_at) WHERE status = 'open';

CREATE TABLE invitations (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    email text NOT NULL,
    token text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

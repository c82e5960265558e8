CREATE TYPE ticket_status AS ENUM ('open', 'closed', 'escalated');

CREATE TABLE tickets (
    id bigint PRIMARY KEY,
    -- @using CASE WHEN status = 'c' THEN 'closed' WHEN urgent THEN 'escalated' ELSE 'open' END::ticket_status
    -- @backfill 'open'
    status ticket_status NOT NULL DEFAULT 'open',
    urgent boolean NOT NULL DEFAULT false
);
CREATE INDEX tickets_open ON tickets (id) WHERE status = 'open';

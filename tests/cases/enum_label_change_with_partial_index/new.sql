CREATE TYPE priority AS ENUM ('normal', 'high', 'urgent');
CREATE TYPE status AS ENUM ('draft', 'open', 'paid', 'void');
-- @rows 10
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    priority priority NOT NULL DEFAULT 'normal',
    status status NOT NULL DEFAULT 'draft',
    paid_at timestamptz,
    CONSTRAINT tasks_paid_check CHECK (status <> 'paid' OR paid_at IS NOT NULL)
);
CREATE INDEX tasks_high_idx ON tasks (id) WHERE priority = 'high';
CREATE INDEX tasks_urgent_idx ON tasks (id) WHERE priority IN ('high', 'urgent');
CREATE INDEX tasks_open_idx ON tasks (id) WHERE status = 'open';
CREATE INDEX tasks_is_paid_idx ON tasks ((status = 'paid'));
COMMENT ON INDEX tasks_open_idx IS 'the open ones';

-- An enum converted in place (a label added: its down rebuilds the type without it; a label
-- removed on a small table) with a partial index, an expression index and a CHECK that compare
-- the column with a label: ALTER COLUMN ... TYPE would re-create them against the new type and
-- fail (`operator does not exist`), so they are dropped and created again around it.
CREATE TYPE priority AS ENUM ('low', 'normal', 'high');
CREATE TYPE status AS ENUM ('draft', 'open', 'paid');
-- @rows 10
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    priority priority NOT NULL DEFAULT 'normal',
    status status NOT NULL DEFAULT 'draft',
    paid_at timestamptz,
    CONSTRAINT tasks_paid_check CHECK (status <> 'paid' OR paid_at IS NOT NULL)
);
CREATE INDEX tasks_high_idx ON tasks (id) WHERE priority = 'high';
CREATE INDEX tasks_low_idx ON tasks (id) WHERE priority = 'low';
CREATE INDEX tasks_open_idx ON tasks (id) WHERE status = 'open';
CREATE INDEX tasks_is_paid_idx ON tasks ((status = 'paid'));
COMMENT ON INDEX tasks_open_idx IS 'the open ones';

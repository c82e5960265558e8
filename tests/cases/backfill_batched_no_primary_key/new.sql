CREATE TABLE events (
    happened_at timestamptz NOT NULL,
    -- @backfill 'unknown'
    kind text NOT NULL
);

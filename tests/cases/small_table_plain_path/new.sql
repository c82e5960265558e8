CREATE TABLE big (id bigint PRIMARY KEY);
-- @rows 12
CREATE TABLE plans (
    id int PRIMARY KEY,
    -- @backfill 'plan-' || id
    code text NOT NULL UNIQUE,
    price_cents int CHECK (price_cents >= 0),
    big_id bigint REFERENCES big (id)
);
CREATE INDEX plans_price_idx ON plans (price_cents);
